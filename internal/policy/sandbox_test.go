package policy_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
)

func TestNewRefusesRemovedBuiltins(t *testing.T) {
	cases := []struct {
		dir, file, builtin, line string
	}{
		{"sandbox/http-send", "http_send.rego", "http.send", ":4:"},
		{"sandbox/opa-runtime", "opa_runtime.rego", "opa.runtime", ":4:"},
		{"sandbox/net-lookup", "net_lookup.rego", "net.lookup_ip_addr", ":4:"},
	}
	for _, c := range cases {
		t.Run(c.builtin, func(t *testing.T) {
			dir := filepath.Join(testPolicies, c.dir)
			_, err := policy.New(context.Background(), policy.Options{Bundle: entryBundle(), PolicyDirs: []string{dir}})
			if err == nil {
				t.Fatalf("New accepted a policy calling %s", c.builtin)
			}
			want := filepath.ToSlash(filepath.Join(dir, c.file)) + c.line + " builtin " + c.builtin + " is not allowed"
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error = %q\nwant it to contain %q", err, want)
			}
		})
	}
}

func TestRemovedBuiltinsCoverIOAndNondeterminism(t *testing.T) {
	removed := map[string]bool{}
	for _, name := range policy.RemovedBuiltins() {
		removed[name] = true
	}
	for _, name := range []string{"http.send", "net.lookup_ip_addr", "net.cidr_contains", "opa.runtime", "time.now_ns", "rand.intn", "uuid.rfc4122", "providers.aws.sign_req", "json.match_schema"} {
		if !removed[name] {
			t.Errorf("%s is still allowed", name)
		}
	}
	for _, name := range []string{"print", "trace", "regex.match", "time.parse_ns", "json.marshal", "uuid.parse", "rego.metadata.chain"} {
		if removed[name] {
			t.Errorf("%s is removed but is pure", name)
		}
	}
}

func TestEvalStopsAtTheTimeout(t *testing.T) {
	engine := newEngine(t, policy.Options{EvalTimeout: 200 * time.Millisecond}, "timeout")
	start := time.Now()
	_, err := engine.Eval(context.Background(), model.NewDocument("slow.md"))
	elapsed := time.Since(start)
	if err == nil {
		t.Fatal("Eval of a never-ending policy returned no error")
	}
	if !strings.Contains(err.Error(), "slow.md: stopped after 200ms, the time limit for one document") {
		t.Errorf("error = %q, want it to name the document and the time limit", err)
	}
	if elapsed > 5*time.Second {
		t.Errorf("Eval took %s to stop", elapsed)
	}
}

func TestEvalHonoursCancellation(t *testing.T) {
	engine := newEngine(t, policy.Options{}, "timeout")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := engine.Eval(ctx, model.NewDocument("slow.md"))
	if err == nil {
		t.Fatal("Eval returned no error after its context was cancelled")
	}
	if strings.Contains(err.Error(), "time limit") {
		t.Errorf("a cancellation was reported as a timeout: %v", err)
	}
}

func TestMalformedFindingIsAnError(t *testing.T) {
	dir := filepath.Join(testPolicies, "malformed")
	engine := newEngine(t, policy.Options{}, "malformed")
	_, err := engine.Eval(context.Background(), model.NewDocument("doc.md"))
	if err == nil {
		t.Fatal("Eval accepted a finding whose line is a word")
	}
	want := `rule "bad-line" (` + filepath.ToSlash(filepath.Join(dir, "bad_line.rego")) + `:1) reported a malformed finding: "line" must be a whole number of at least 1`
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error = %q\nwant it to contain %q", err, want)
	}
}

func TestFindingsAreCapped(t *testing.T) {
	for _, limit := range []int{0, 10} {
		// A minute: 100,000 findings take seconds under the race detector.
		engine := newEngine(t, policy.Options{MaxFindings: limit, EvalTimeout: time.Minute}, "flood")
		findings, err := engine.Eval(context.Background(), model.NewDocument("noisy.md"))
		if err != nil {
			t.Fatal(err)
		}
		kept := limit
		if kept == 0 {
			kept = policy.DefaultMaxFindings
		}
		if len(findings) != kept+1 {
			t.Fatalf("limit %d: got %d findings, want %d plus one note", limit, len(findings), kept)
		}
		for i, f := range findings[:kept] {
			if f.Rule != "flood" || f.Line != i+1 {
				t.Fatalf("limit %d: finding %d = %+v, want flood at line %d (the first ones, sorted)", limit, i, f, i+1)
			}
		}
		note := findings[kept]
		want := model.Finding{
			Rule: policy.TruncationRule, Severity: model.SeverityWarning,
			Message: fmt.Sprintf("%d more findings not shown (limit %d)", 100000-kept, kept),
			Line:    kept + 1, Column: 1, EndLine: kept + 1, EndColumn: 1,
		}
		if note != want {
			t.Errorf("limit %d: note = %+v\nwant %+v", limit, note, want)
		}
	}
}
