// Package segment splits clean text into paragraphs and paragraphs into sentences,
// without splitting at abbreviations, initials, decimals or inside quotations.
package segment
