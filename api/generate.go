package api

// The spec lives at the repository root (the contract); go:embed cannot reach a parent
// directory, so go generate copies it next to this package, and TestEmbeddedSpecMatchesRoot
// fails when the copy is stale.

//go:generate cp ../openapi.yaml openapi.gen.yaml
//go:generate go tool oapi-codegen -config oapi-codegen.yaml ../openapi.yaml
