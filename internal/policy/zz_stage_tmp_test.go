package policy

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/metrics"

	"github.com/addlint/addlint/policies"
)

func median(xs []float64) float64 { sort.Float64s(xs); return xs[len(xs)/2] }

func TestZZStages(t *testing.T) {
	stage := map[string][]float64{}
	var parse, parseNoAnn, compile []float64
	srcs := map[string]string{}
	_ = fs.WalkDir(policies.FS, ".", func(name string, e fs.DirEntry, err error) error {
		if !e.IsDir() && path.Ext(name) == ".rego" && !isTestFile(name) {
			b, _ := fs.ReadFile(policies.FS, name)
			srcs[name] = string(b)
		}
		return nil
	})
	for range 15 {
		t0 := time.Now()
		mods := map[string]*ast.Module{}
		for n, s := range srcs {
			m, err := ast.ParseModuleWithOpts(n, s, ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
			if err != nil {
				t.Fatal(err)
			}
			mods[n] = m
		}
		parse = append(parse, float64(time.Since(t0).Microseconds()))
		t0 = time.Now()
		for n, s := range srcs {
			_, _ = ast.ParseModuleWithOpts(n, s, ast.ParserOptions{RegoVersion: ast.RegoV1})
		}
		parseNoAnn = append(parseNoAnn, float64(time.Since(t0).Microseconds()))
		m := metrics.New()
		t0 = time.Now()
		c := newCompiler(false).WithMetrics(m)
		c.Compile(mods)
		compile = append(compile, float64(time.Since(t0).Microseconds()))
		for k, v := range m.All() {
			if x, ok := v.(int64); ok {
				stage[k] = append(stage[k], float64(x)/1000)
			}
		}
	}
	fmt.Printf("parse %.0fus parseNoAnn %.0fus compile %.0fus\n", median(parse), median(parseNoAnn), median(compile))
	type kv struct{ k string; v float64 }
	var all []kv
	for k, v := range stage {
		all = append(all, kv{k, median(v)})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v })
	sum := 0.0
	for _, e := range all {
		sum += e.v
		fmt.Printf("  %-60s %8.0fus\n", e.k, e.v)
	}
	fmt.Printf("  sum %.0f\n", sum)
}
