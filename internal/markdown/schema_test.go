package markdown

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/addlint/addlint/internal/model"
)

const schemaPath = "../../policies/schemas/document.json"

// compileSchema compiles the document model's JSON Schema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	schema, err := jsonschema.NewCompiler().Compile(schemaPath)
	if err != nil {
		t.Fatalf("compile %s: %v", schemaPath, err)
	}
	return schema
}

// validate checks the JSON encoding of doc against schema.
func validate(t *testing.T, schema *jsonschema.Schema, doc *model.Document) error {
	t.Helper()
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	instance, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return schema.Validate(instance)
}

func TestSchemaAcceptsParseOutput(t *testing.T) {
	schema := compileSchema(t)
	paths := sampleDocs(t)
	if corpus, _ := filepath.Glob(filepath.Join(corpusDir, "[0-9]*.md")); len(corpus) > 0 {
		paths = append(paths, corpus...)
	} else {
		t.Logf("no corpus in %s; validating the sample documents only", corpusDir)
	}
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(filepath.ToSlash(path), src)
		if err != nil {
			t.Fatalf("Parse(%s): %v", path, err)
		}
		if err := validate(t, schema, doc); err != nil {
			t.Errorf("%s does not match the schema: %v", path, err)
		}
	}
}

// The schema must catch drift: an unknown property or a wrong type fails.
func TestSchemaRejectsDrift(t *testing.T) {
	schema := compileSchema(t)
	doc := parseFile(t, filepath.Join(docsDir, "partial.md"))
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]func(m map[string]any){
		"unknown top-level property": func(m map[string]any) { m["extra"] = true },
		"unknown section property": func(m map[string]any) {
			m["sections"].([]any)[0].(map[string]any)["anchor"] = "x"
		},
		"status outside the enum": func(m map[string]any) { m["status"] = "final" },
		"null list":               func(m map[string]any) { m["fields"] = nil },
		"line zero":               func(m map[string]any) { m["tables"].([]any)[0].(map[string]any)["line"] = 0 },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			instance, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			mutate(instance.(map[string]any))
			if schema.Validate(instance) == nil {
				t.Error("schema accepted a document it should reject")
			}
		})
	}
}
