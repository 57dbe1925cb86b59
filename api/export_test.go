package api

// BodiesReading is the number of requests reading their body right now.
func BodiesReading() int64 { return bodiesReading.Load() }
