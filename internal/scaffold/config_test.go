package scaffold_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/scaffold"
)

// configSchemaPath is the JSON Schema of .addlint.yaml: its properties are
// the keys a config may hold.
var configSchemaPath = filepath.Join("..", "..", "policies", "schemas", "config.json")

func writtenConfig(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := scaffold.WriteConfig(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestConfigLoadsAsTheDefaults writes the config and loads it with
// config.Load: it must load and mean exactly the defaults.
func TestConfigLoadsAsTheDefaults(t *testing.T) {
	path := filepath.Join(t.TempDir(), config.FileName)
	if err := os.WriteFile(path, writtenConfig(t), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := config.Load(path)
	if err != nil {
		t.Fatalf("config.Load: %v", err)
	}
	want := config.Default()
	want.Path, want.Dir = got.Path, got.Dir
	// Empty lists in the file are nil in the defaults: both mean "not set".
	for _, list := range []*[]string{&got.Files, &got.Ignore, &got.Policies, &got.Data} {
		if len(*list) == 0 {
			*list = nil
		}
	}
	if len(got.Overrides) == 0 {
		got.Overrides = nil
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the written config loads as\n%+v\nwant the defaults\n%+v", got, want)
	}
}

// TestConfigExplainsEveryKey checks that every key the config schema knows
// (top level, limits and overrides entries) is set in the file and has a
// comment explaining it.
func TestConfigExplainsEveryKey(t *testing.T) {
	src := string(writtenConfig(t))
	for _, key := range schemaKeys(t) {
		set := regexp.MustCompile(`(?m)^ *` + regexp.QuoteMeta(key) + `:`)
		explained := regexp.MustCompile(`(?m)^ *# ` + regexp.QuoteMeta(key) + `: \S`)
		if key == "files" || key == "rules" {
			// Also the keys of an overrides entry, shown in its example.
			if !regexp.MustCompile(`(?m)^#\s+-? *` + key + `:`).MatchString(src) {
				t.Errorf("the overrides example lacks %s", key)
			}
		}
		if !set.MatchString(src) {
			t.Errorf("key %s is not set in the config", key)
		}
		if !explained.MatchString(src) {
			t.Errorf("key %s has no comment starting %q", key, "# "+key+": ")
		}
	}
}

// TestConfigExamplesLoad checks that every commented example (the lines
// indented under "Example:") is a valid config by itself.
func TestConfigExamplesLoad(t *testing.T) {
	examples := commentedExamples(string(writtenConfig(t)))
	if len(examples) < 6 {
		t.Fatalf("found %d examples, want one for files, ignore, rules, policies, data and overrides", len(examples))
	}
	for _, example := range examples {
		cfg, err := config.Decode(config.FileName, []byte(example))
		if err != nil {
			t.Errorf("example does not load:\n%s\n%v", example, err)
			continue
		}
		if reflect.DeepEqual(cfg, defaultsAt(config.FileName)) {
			t.Errorf("example sets nothing:\n%s", example)
		}
	}
}

// defaultsAt returns the defaults as Decode returns them for path.
func defaultsAt(path string) *config.Config {
	cfg := config.Default()
	cfg.Path, cfg.Dir = path, filepath.Dir(path)
	return cfg
}

// commentedExamples returns the runs of lines starting with "#   ", without
// that prefix.
func commentedExamples(src string) []string {
	var examples []string
	var current []string
	flush := func() {
		if len(current) > 0 {
			examples = append(examples, strings.Join(current, "\n")+"\n")
			current = nil
		}
	}
	for _, line := range strings.Split(src, "\n") {
		if rest, ok := strings.CutPrefix(line, "#   "); ok {
			current = append(current, rest)
			continue
		}
		flush()
	}
	flush()
	return examples
}

// schemaKeys returns the keys the config schema knows, top level and under
// limits, sorted.
func schemaKeys(t *testing.T) []string {
	t.Helper()
	raw, err := os.ReadFile(configSchemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Properties map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for key, property := range schema.Properties {
		keys = append(keys, key)
		for nested := range property.Properties {
			keys = append(keys, nested)
		}
	}
	if len(keys) < 10 {
		t.Fatalf("the schema names only %d keys: %v", len(keys), keys)
	}
	sort.Strings(keys)
	return keys
}
