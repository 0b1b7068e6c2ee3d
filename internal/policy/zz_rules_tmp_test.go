package policy

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/policies"
)

func TestZZRules(t *testing.T) {
	file := os.Getenv("ZZ_DOC")
	if file == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(file)
	var doc model.Document
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	set := newModuleSet()
	_ = set.addBundleModules(policies.FS, noTests)
	store, _ := loadStore(policies.FS, nil)
	c, err := compile(set.modules, false)
	if err != nil {
		t.Fatal(err)
	}
	cat, _ := readRules(c.Modules, set.builtin)
	input, _ := inputValue(&doc)
	queries := []string{"data.addlint.main.report", "data.addlint.lib.normalized_titles", "data.addlint.lib._section_by_key"}
	if q := os.Getenv("ZZ_Q"); q != "" {
		queries = []string{q}
	}
	for _, r := range cat.rules {
		if os.Getenv("ZZ_Q") != "" {
			break
		}
		queries = append(queries, fmt.Sprintf("data.addlint.rules[%q][%q].report", r.Gate, r.ID))
	}
	type res struct {
		q string
		d time.Duration
		a float64
	}
	var out []res
	for _, q := range queries {
		pq, err := rego.New(rego.Query(q), rego.Compiler(c), rego.Store(store), rego.SetRegoVersion(ast.RegoV1)).PrepareForEval(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		var ds []time.Duration
		for range 40 {
			t0 := time.Now()
			if _, err := pq.Eval(context.Background(), rego.EvalParsedInput(input)); err != nil {
				t.Fatal(err)
			}
			ds = append(ds, time.Since(t0))
		}
		allocs := testing.AllocsPerRun(5, func() {
			_, _ = pq.Eval(context.Background(), rego.EvalParsedInput(input))
		})
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		out = append(out, res{q, ds[0], allocs})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].a > out[j].a })
	for _, r := range out {
		fmt.Printf("%8.0fus %7.0f allocs %s\n", float64(r.d.Microseconds()), r.a, r.q)
	}
}
