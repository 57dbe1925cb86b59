package segment

func (s *Segmenter) lang(tag string) *Segmenter { return s }
