package cli_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/cli"
)

// repoRoot is the repository root, relative to this package's directory.
const repoRoot = "../.."

// testDocs returns the repository's sample documents as paths relative to
// the repository root: testdata/docs/*.md and testdata/rules/*/bad.md.
func testDocs(t *testing.T) []string {
	t.Helper()
	var docs []string
	for _, pattern := range []string{"testdata/docs/*.md", "testdata/rules/*/bad.md"} {
		matches, err := filepath.Glob(filepath.Join(repoRoot, pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range matches {
			rel, err := filepath.Rel(repoRoot, m)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, filepath.ToSlash(rel))
		}
	}
	if len(docs) < 20 {
		t.Fatalf("found only %d test documents under %s", len(docs), repoRoot)
	}
	return docs
}

// copyFile copies the file src to dst, creating dst's directory.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Clean(src))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// runMain runs cli.Main with args and returns its exit code, stdout and
// stderr.
func runMain(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = cli.Main(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// jsonReport is the part of the JSON report these tests read.
type jsonReport struct {
	Files []struct {
		Path     string `json:"path"`
		Findings []struct {
			Rule     string `json:"rule"`
			Severity string `json:"severity"`
			Line     int    `json:"line"`
			Column   int    `json:"column"`
		} `json:"findings"`
	} `json:"files"`
	Errors []struct {
		Path    string `json:"path"`
		Message string `json:"message"`
	} `json:"errors"`
}

// TestJobsGiveIdenticalOutput lints 200 documents (copies of the varied test
// documents) with one worker and with eight: the JSON reports must be
// byte-identical, list every file in input order, and hold findings.
func TestJobsGiveIdenticalOutput(t *testing.T) {
	const count = 200
	docs := testDocs(t)
	dir := t.TempDir()
	var files []string
	for i := range count {
		src := docs[i%len(docs)]
		dst := filepath.Join(dir, fmt.Sprintf("%03d", i), filepath.Base(filepath.Dir(src))+"-"+filepath.Base(src))
		copyFile(t, filepath.Join(repoRoot, src), dst)
		files = append(files, dst)
	}
	// Under -race on a busy machine one evaluation can take longer than the
	// default limit of 5s; this test is about the order of the output.
	config := filepath.Join(dir, "addlint.yaml")
	if err := os.WriteFile(config, []byte("limits:\n  eval-timeout: 5m\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	lint := func(jobs string) (int, string, string) {
		return runMain(slices.Concat([]string{"lint", "--config", config, "--format", "json", "--jobs", jobs}, files)...)
	}

	code1, out1, err1 := lint("1")
	code8, out8, err8 := lint("8")

	if code1 != cli.ExitFindings || code8 != cli.ExitFindings {
		t.Fatalf("exit codes: --jobs 1 gave %d (stderr %q, errors %s), --jobs 8 gave %d (stderr %q, errors %s); want %d for both",
			code1, err1, reportErrors(out1), code8, err8, reportErrors(out8), cli.ExitFindings)
	}
	if out1 != out8 {
		t.Fatalf("--jobs 1 and --jobs 8 differ at byte %d", firstDifference(out1, out8))
	}
	var report jsonReport
	if err := json.Unmarshal([]byte(out1), &report); err != nil {
		t.Fatalf("the JSON report does not parse: %v", err)
	}
	if len(report.Errors) != 0 {
		t.Errorf("errors: %+v", report.Errors)
	}
	if len(report.Files) != count {
		t.Fatalf("the report lists %d files, want %d", len(report.Files), count)
	}
	findings := 0
	for i, file := range report.Files {
		want := filepath.ToSlash(files[i])
		if file.Path != want {
			t.Fatalf("file %d is %q, want %q (input order)", i, file.Path, want)
		}
		findings += len(file.Findings)
	}
	if findings == 0 {
		t.Fatal("no findings in 200 documents")
	}
}

// reportErrors returns the errors of a JSON report, for a failure message.
func reportErrors(out string) string {
	var report jsonReport
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		return "(no JSON report: " + err.Error() + ")"
	}
	return fmt.Sprintf("%+v", report.Errors)
}

// firstDifference returns the offset of the first byte where a and b differ.
func firstDifference(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestCorpusLintsWithoutErrors lints every real-world document of
// ../shared/corpus: none may be refused (exit 2), each must be reported.
func TestCorpusLintsWithoutErrors(t *testing.T) {
	corpus := filepath.Join(repoRoot, "..", "shared", "corpus")
	files, err := filepath.Glob(filepath.Join(corpus, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	files = slices.DeleteFunc(files, func(path string) bool { return filepath.Base(path) == "README.md" })
	if len(files) == 0 {
		t.Skipf("no corpus in %s", corpus)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			code, stdout, stderr := runMain("lint", "--no-config", "--format", "json", file)
			if code != cli.ExitOK && code != cli.ExitFindings {
				t.Fatalf("exit code %d, want 0 or 1; stderr: %s; stdout: %s", code, stderr, stdout)
			}
			var report jsonReport
			if err := json.Unmarshal([]byte(stdout), &report); err != nil {
				t.Fatalf("the JSON report does not parse: %v", err)
			}
			if len(report.Errors) != 0 || len(report.Files) != 1 || report.Files[0].Path != filepath.ToSlash(file) {
				t.Fatalf("want exactly the file %s reported, got files %+v and errors %+v", file, report.Files, report.Errors)
			}
		})
	}
}
