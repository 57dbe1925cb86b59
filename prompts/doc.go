// Package prompts holds the llm engine's prompt templates, embedded with go:embed and
// versioned; each render is checked against golden files under testdata/.
package prompts
