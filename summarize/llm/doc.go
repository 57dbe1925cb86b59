// Package llm is the engine backed by an OpenAI-compatible chat model (OpenAI,
// Ollama, vLLM, LiteLLM…): one call when the passages fit the context, map then
// reduce when they do not, with retries, deadlines and a defensive answer parser.
// It also answers entailment questions (Engine.Entail, summarize.Entailer) for the
// model's second opinion on partial points (verify.Second).
//
// Budget: every prompt is counted with the Counter before it is sent, and for every
// request the system prompt, the user prompt, the chat format and max_tokens (the
// answer's reserve) together stay within Config.ContextTokens.
//
// Errors from Brief are *summarize.Error:
//   - EUPSTREAM: the model failed (HTTP error after retries, context length exceeded
//     after two smaller plans, an unusable answer after one repair try, a failed map
//     chunk, notes that would not condense). The pipeline may fall back.
//   - ETIMEOUT: a call's deadline passed or the request was cancelled. The pipeline
//     may fall back (unless the request itself is gone).
//   - ETOOLARGE wrapping ErrBudget: the context is too small to make progress (one
//     passage, with the prompt and the answer's reserve, does not fit). The pipeline
//     may fall back; when the client forced "llm" it is the client's answer.
//   - EINVALID: no passages; EINTERNAL: a template failed to render (a bug).
//
// Messages name the HTTP status and the kind of failure, never the key or the
// upstream body; the wrapped cause is the typed go-openai error (*openai.APIError,
// *openai.RequestError), with the key redacted, for errors.As.
package llm
