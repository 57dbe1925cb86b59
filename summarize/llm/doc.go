// Package llm is the engine backed by an OpenAI-compatible chat model (OpenAI,
// Ollama, vLLM, LiteLLM…): one call when the passages fit the context, map then
// reduce when they do not, with retries, deadlines and a defensive answer parser.
package llm
