package config

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// schemaPath is the JSON Schema of .addlint.yaml that editors use.
const schemaPath = "../../policies/schemas/config.json"

// compileSchema compiles the config's JSON Schema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("config.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("config.json")
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

// yamlAsJSON decodes a YAML file to JSON-compatible values (through JSON, so
// that numbers and maps have the types the validator expects). An empty
// document becomes an empty object.
func yamlAsJSON(t *testing.T, path string) any {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var value any
	if err := yaml.Unmarshal(src, &value); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if value == nil {
		value = map[string]any{}
	}
	raw, err := json.Marshal(value)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	decoded, err := jsonschema.UnmarshalJSON(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	return decoded
}

func TestSchemaAgreesWithLoad(t *testing.T) {
	schema := compileSchema(t)
	files, err := filepath.Glob(filepath.Join(testdataDir, "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample configs: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			valid := strings.HasPrefix(name, "valid")
			schemaErr := schema.Validate(yamlAsJSON(t, path))
			_, loadErr := Load(path)
			if valid && schemaErr != nil {
				t.Errorf("the schema rejects %s: %v", name, schemaErr)
			}
			if !valid && schemaErr == nil {
				t.Errorf("the schema accepts %s (Load says: %v)", name, loadErr)
			}
			if (loadErr == nil) != valid {
				t.Errorf("Load(%s) error = %v, want valid=%v", name, loadErr, valid)
			}
		})
	}
}
