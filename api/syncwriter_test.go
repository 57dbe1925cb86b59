package api_test

import (
	"io"
	"sync"
)

// syncWriter serialises writes from concurrent handlers into one writer.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// String returns what was written so far, safely while handlers still write.
func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.w.(interface{ String() string }); ok {
		return st.String()
	}
	return ""
}
