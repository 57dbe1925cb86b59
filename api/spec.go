package api

import _ "embed"

// spec is openapi.yaml as served at GET /openapi.yaml and used to validate requests;
// go generate copies it from the repository root.
//
//go:embed openapi.gen.yaml
var spec []byte

// Spec returns the OpenAPI document the server validates requests against.
func Spec() []byte { return append([]byte(nil), spec...) }
