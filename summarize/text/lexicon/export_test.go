package lexicon

// Embedded is the embedded table's bytes, for BenchmarkLoad.
func Embedded() []byte { return embedded }
