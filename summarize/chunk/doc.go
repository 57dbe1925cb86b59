// Package chunk counts tokens with tiktoken (offline, ranks embedded) and packs
// passages into chunks that stay within a token budget, breaking between passages.
package chunk
