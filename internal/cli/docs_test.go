package cli_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/internal/report"
	"github.com/addlint/addlint/policies"
)

var update = flag.Bool("update", false, "rewrite golden files and generated docs")

// TestRulesDocIsCurrent fails when docs/rules.md differs from what the rules'
// METADATA generates. Regenerate it with
// "go test ./internal/cli -run TestRulesDocIsCurrent -update".
func TestRulesDocIsCurrent(t *testing.T) {
	engine, err := policy.New(context.Background(), policy.Options{Bundle: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	buf.WriteString("# Built-in rules\n\n" +
		"<!-- Generated from the rules' METADATA by\n" +
		"     go test ./internal/cli -run TestRulesDocIsCurrent -update\n" +
		"     Do not edit by hand. -->\n\n" +
		"Run `addlint explain RULE` for any rule in the terminal.\n\n")
	if err := report.WriteRules(&buf, engine.Rules(), "markdown"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "..", "docs", "rules.md")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, buf.Bytes()) {
		t.Errorf("docs/rules.md is out of date; regenerate it with: go test ./internal/cli -run TestRulesDocIsCurrent -update")
	}
}
