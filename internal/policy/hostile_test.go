package policy_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
)

// hostilePolicy is a custom policy from a repository under review, and what
// addlint must make of it.
type hostilePolicy struct {
	name string
	dir  string // under testdata/policy
	// refused is set when New must refuse the policy, with an error holding
	// every string of want.
	refused bool
	// want are parts of the error (New's or Eval's); none for a bounded
	// result.
	want []string
	// findings is the number of findings of a bounded result.
	findings int
	// expected describes the outcome for the results table.
	expected string
	// timeout is the evaluation's time limit (default 300ms).
	timeout time.Duration
}

// policyFile is the slash path of a file under testdata/policy, as errors
// name it.
func policyFile(name string) string {
	return filepath.ToSlash(filepath.Join(testPolicies, name))
}

func hostilePolicies() []hostilePolicy {
	return []hostilePolicy{
		{
			name: "http.send", dir: "sandbox/http-send", refused: true,
			want:     []string{policyFile("sandbox/http-send/http_send.rego") + ":4: builtin http.send is not allowed"},
			expected: "refused when loading (no request made): file:line, builtin not allowed",
		},
		{
			name: "net.*", dir: "sandbox/net-lookup", refused: true,
			want:     []string{policyFile("sandbox/net-lookup/net_lookup.rego") + ":4: builtin net.lookup_ip_addr is not allowed"},
			expected: "refused when loading (no lookup made): file:line, builtin not allowed",
		},
		{
			name: "opa.runtime().env", dir: "sandbox/opa-runtime", refused: true,
			want:     []string{policyFile("sandbox/opa-runtime/opa_runtime.rego") + ":4: builtin opa.runtime is not allowed"},
			expected: "refused when loading (environment never read): file:line, builtin not allowed",
		},
		{
			name: "time.now_ns (non-determinism)", dir: "hostile/time-now", refused: true,
			want:     []string{policyFile("hostile/time-now/time_now.rego") + ":5: builtin time.now_ns is not allowed"},
			expected: "refused when loading: file:line, builtin not allowed",
		},
		{
			name: "a rule that never terminates", dir: "timeout",
			want:     []string{"doc.md: stopped after 300ms, the time limit for one document"},
			expected: "evaluation stopped at the time limit: an error naming the document and the limit",
		},
		{
			name: "a recursive rule", dir: "hostile/recursion", refused: true,
			want:     []string{policyFile("hostile/recursion/recursion.rego") + ":4: rule data.addlint.rules.hostile.recursion.deeper is recursive"},
			expected: "refused when loading: file:line, rule is recursive",
		},
		{
			name: "100,000 findings", dir: "flood", findings: policy.DefaultMaxFindings + 1, timeout: time.Minute,
			expected: "bounded: the first 1,000 findings and one note saying how many were left out",
		},
		{
			name: "a malformed finding: line is a word", dir: "malformed",
			want:     []string{`rule "bad-line" (` + policyFile("malformed/bad_line.rego") + `:1) reported a malformed finding: "line" must be a whole number`},
			expected: "error: rule id, file:line and what is wrong",
		},
		{
			name: "a malformed finding: no message", dir: "hostile/missing-message",
			want:     []string{`rule "missing-message" (` + policyFile("hostile/missing-message/missing_message.rego") + `:1) reported a malformed finding: "message" must be a non-empty string`},
			expected: "error: rule id, file:line and what is wrong",
		},
		{
			name: "a malformed finding: wrong types", dir: "hostile/wrong-types",
			want:     []string{`rule "wrong-types" (` + policyFile("hostile/wrong-types/wrong_types.rego") + `:1) reported a malformed finding: "severity" must be "error", "warning" or "info"`},
			expected: "error: rule id, file:line and what is wrong",
		},
		{
			name: "a malformed finding: no rule id", dir: "hostile/no-rule",
			want:     []string{`a policy reported a finding without a "rule" string: {"line": 1, "message": "anonymous", "severity": "error"}`},
			expected: "error quoting the finding (the file cannot be told without a rule id)",
		},
		{
			name: "a malformed finding: not an object", dir: "hostile/not-an-object",
			want:     []string{`a policy reported string instead of a finding object: "something is wrong"`},
			expected: "error quoting the value (the file cannot be told without a rule id)",
		},
		{
			name: "report is not a set", dir: "hostile/report-not-a-set",
			want:     []string{"instead of a finding object"},
			expected: "error quoting one of its values (the file cannot be told)",
		},
		{
			name: "a conflicting complete rule", dir: "hostile/conflict",
			want: []string{
				policyFile("hostile/conflict/conflict.rego") + ":9: eval_conflict_error",
				`"high" at ` + policyFile("hostile/conflict/conflict.rego") + ":5",
			},
			expected: "OPA's runtime error: file:line of both definitions and their values",
		},
	}
}

func TestHostilePolicies(t *testing.T) {
	for _, c := range hostilePolicies() {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			timeout := cmp.Or(c.timeout, 300*time.Millisecond)
			opts := policy.Options{Bundle: entryBundle(), PolicyDirs: []string{filepath.Join(testPolicies, c.dir)}, EvalTimeout: timeout}
			engine, err := policy.New(context.Background(), opts)
			var findings []model.Finding
			if err == nil {
				if c.refused {
					t.Fatal("New accepted the policy")
				}
				findings, err = engine.Eval(context.Background(), model.NewDocument("doc.md"))
			}
			elapsed := time.Since(start)
			observed := fmt.Sprintf("%d findings", len(findings))
			if err != nil {
				observed = "error: " + strings.ReplaceAll(err.Error(), "\n", " ")
			}
			t.Logf("| %s | %s | %s (%s) |", c.name, c.expected, observed, elapsed.Round(time.Millisecond))
			if limit := timeout + 20*time.Second; elapsed > limit {
				t.Errorf("took %s, want under %s", elapsed, limit)
			}
			if len(c.want) == 0 {
				if err != nil || len(findings) != c.findings {
					t.Errorf("got %s, want %d findings", observed, c.findings)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, %s", observed)
			}
			for _, want := range c.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error = %q\nwant it to contain %q", err, want)
				}
			}
		})
	}
}

func TestHostileRegoTestsRunInTheSandbox(t *testing.T) {
	dir := filepath.Join(testPolicies, "hostile/test-http")
	_, err := policy.RunTests(context.Background(), policy.Options{Bundle: entryBundle()}, []string{dir})
	if err == nil {
		t.Fatal("RunTests ran a test calling http.send")
	}
	for _, want := range []string{
		policyFile("hostile/test-http/exfiltrate_test.rego") + ":5: builtin http.send is not allowed",
		policyFile("hostile/test-http/exfiltrate_test.rego") + ":5: builtin opa.runtime is not allowed",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error = %q\nwant it to contain %q", err, want)
		}
	}
}

func TestCancelledEvalOfAHostilePolicyIsNotATimeout(t *testing.T) {
	engine := newEngine(t, policy.Options{EvalTimeout: time.Minute}, "timeout")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err := engine.Eval(ctx, model.NewDocument("doc.md"))
	if err == nil || !errors.Is(ctx.Err(), context.Canceled) {
		t.Fatalf("Eval = %v after a cancellation", err)
	}
	if elapsed := time.Since(start); elapsed > 10*time.Second {
		t.Errorf("Eval took %s to notice the cancellation", elapsed)
	}
}
