package api

// BodiesReading is the number of requests reading their body right now.
func BodiesReading() int64 { return bodiesReading.Load() }

// InflightOf is the server's limiter of the heavy routes.
func InflightOf(s *Server) *Inflight { return s.inflight }

// PeakWaitingBytes is the most bytes the waiting requests have held at once.
func (in *Inflight) PeakWaitingBytes() int64 {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.peakBytes
}
