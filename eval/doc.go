// Package eval scores briefings against hand-written reference summaries (ROUGE,
// key-fact recall, citation validity and support, unsupported specifics, length)
// and gates CI on committed thresholds. Cases live under eval/cases/.
package eval
