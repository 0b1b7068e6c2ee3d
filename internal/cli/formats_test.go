package cli_test

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/cli"
)

// findingKey identifies a finding in every output format.
type findingKey struct {
	Path     string
	Line     int
	Column   int
	Rule     string
	Severity string
}

func (k findingKey) String() string {
	return fmt.Sprintf("%s:%d:%d %s [%s]", k.Path, k.Line, k.Column, k.Severity, k.Rule)
}

// findingSet counts the findings of a report by key (a rule may report the
// same place twice with different messages).
type findingSet map[findingKey]int

// formatParsers read each output format back into a finding set.
var formatParsers = map[string]func(t *testing.T, out string) findingSet{
	"text":       parseText,
	"json":       parseJSON,
	"sarif":      parseSARIF,
	"junit":      parseJUnit,
	"github":     parseGitHub,
	"checkstyle": parseCheckstyle,
}

// TestFormatsReportTheSameFindings lints the repository's test documents
// once per format and reads every output back: the six finding sets must be
// identical and non-empty.
func TestFormatsReportTheSameFindings(t *testing.T) {
	docs := testDocs(t)
	dir := t.TempDir()
	for _, doc := range docs {
		copyFile(t, filepath.Join(repoRoot, doc), filepath.Join(dir, doc))
	}
	t.Chdir(dir)

	sets := map[string]findingSet{}
	for _, format := range slices.Sorted(maps.Keys(formatParsers)) {
		code, stdout, stderr := runMain(slices.Concat([]string{"lint", "--no-config", "--format", format}, docs)...)
		if code != cli.ExitFindings {
			t.Fatalf("--format %s: exit code %d, want %d; stderr: %s", format, code, cli.ExitFindings, stderr)
		}
		sets[format] = formatParsers[format](t, stdout)
	}

	want := sets["json"]
	if len(want) == 0 {
		t.Fatal("the JSON report holds no findings")
	}
	paths := map[string]bool{}
	for key := range want {
		paths[key.Path] = true
	}
	if len(paths) < len(docs)/2 {
		t.Errorf("findings in only %d of %d documents", len(paths), len(docs))
	}
	for format, got := range sets {
		if format == "json" {
			continue
		}
		compareSets(t, format, got, want)
	}
}

// compareSets reports every finding that got and want (the JSON report)
// count differently.
func compareSets(t *testing.T, format string, got, want findingSet) {
	t.Helper()
	var diffs []string
	for key, n := range want {
		if got[key] != n {
			diffs = append(diffs, fmt.Sprintf("%s: %d in %s, %d in json", key, got[key], format, n))
		}
	}
	for key, n := range got {
		if _, ok := want[key]; !ok {
			diffs = append(diffs, fmt.Sprintf("%s: %d in %s, 0 in json", key, n, format))
		}
	}
	if len(diffs) > 0 {
		slices.Sort(diffs)
		t.Errorf("%s and json report different findings (%d differences):\n%s",
			format, len(diffs), strings.Join(diffs[:min(len(diffs), 20)], "\n"))
	}
}

// parseJSON reads the JSON report.
func parseJSON(t *testing.T, out string) findingSet {
	t.Helper()
	var report jsonReport
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("json: %v", err)
	}
	set := findingSet{}
	for _, file := range report.Files {
		for _, f := range file.Findings {
			set[findingKey{file.Path, f.Line, f.Column, f.Rule, f.Severity}]++
		}
	}
	return set
}

// textFinding matches a finding line of the text format:
// "path:line:col  severity  message  [rule-id]".
var textFinding = regexp.MustCompile(`^(.+):(\d+):(\d+) +(error|warning|info) {2}.* {2}\[([a-z0-9-]+)\]$`)

// parseText reads the text report, skipping file headings, blank lines and
// the summary.
func parseText(t *testing.T, out string) findingSet {
	t.Helper()
	set := findingSet{}
	scanner := bufio.NewScanner(strings.NewReader(out))
	scanner.Buffer(nil, 1<<20)
	for scanner.Scan() {
		m := textFinding.FindStringSubmatch(scanner.Text())
		if m == nil {
			continue
		}
		set[findingKey{m[1], atoi(t, m[2]), atoi(t, m[3]), m[5], m[4]}]++
	}
	if err := scanner.Err(); err != nil {
		t.Fatalf("text: %v", err)
	}
	return set
}

// sarifLog is the part of a SARIF log these tests read.
type sarifLog struct {
	Runs []struct {
		Results []struct {
			RuleID    string `json:"ruleId"`
			Level     string `json:"level"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
}

// sarifSeverity maps a SARIF level back to a severity.
var sarifSeverity = map[string]string{"error": "error", "warning": "warning", "note": "info"}

// parseSARIF reads the SARIF log: one run, one location per result.
func parseSARIF(t *testing.T, out string) findingSet {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("sarif: %v", err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("sarif: %d runs, want 1", len(log.Runs))
	}
	set := findingSet{}
	for _, r := range log.Runs[0].Results {
		if len(r.Locations) != 1 {
			t.Fatalf("sarif: result %s has %d locations, want 1", r.RuleID, len(r.Locations))
		}
		loc := r.Locations[0].PhysicalLocation
		set[findingKey{loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn, r.RuleID, sarifSeverity[r.Level]}]++
	}
	return set
}

// junitReport is the part of a JUnit report these tests read.
type junitReport struct {
	Suites []struct {
		Name  string `xml:"name,attr"`
		Cases []struct {
			Name     string `xml:"name,attr"`
			Failures []struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
			} `xml:"failure"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

// junitPosition matches the "line:col " that starts a failure's message.
var junitPosition = regexp.MustCompile(`^(\d+):(\d+) `)

// parseJUnit reads the JUnit report: a suite per file, a case per rule, a
// failure per finding whose type is the severity.
func parseJUnit(t *testing.T, out string) findingSet {
	t.Helper()
	var report junitReport
	if err := xml.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("junit: %v", err)
	}
	set := findingSet{}
	for _, suite := range report.Suites {
		for _, c := range suite.Cases {
			for _, f := range c.Failures {
				m := junitPosition.FindStringSubmatch(f.Message)
				if m == nil {
					t.Fatalf("junit: failure message %q has no line:col", f.Message)
				}
				set[findingKey{suite.Name, atoi(t, m[1]), atoi(t, m[2]), c.Name, f.Type}]++
			}
		}
	}
	return set
}

// githubCommand matches a workflow command: "::level properties::message".
var githubCommand = regexp.MustCompile(`^::(error|warning|notice) ([^:]*)::`)

// githubSeverity maps a workflow command back to a severity.
var githubSeverity = map[string]string{"error": "error", "warning": "warning", "notice": "info"}

// githubUnescape undoes the escaping of a workflow command's property.
var githubUnescape = strings.NewReplacer("%2C", ",", "%3A", ":", "%0A", "\n", "%0D", "\r", "%25", "%")

// parseGitHub reads the GitHub workflow commands.
func parseGitHub(t *testing.T, out string) findingSet {
	t.Helper()
	set := findingSet{}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		m := githubCommand.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("github: not a workflow command: %q", line)
		}
		props := map[string]string{}
		for _, p := range strings.Split(m[2], ",") {
			name, value, _ := strings.Cut(p, "=")
			props[name] = githubUnescape.Replace(value)
		}
		set[findingKey{props["file"], atoi(t, props["line"]), atoi(t, props["col"]), props["title"], githubSeverity[m[1]]}]++
	}
	return set
}

// checkstyleReport is the part of a Checkstyle report these tests read.
type checkstyleReport struct {
	Files []struct {
		Name   string `xml:"name,attr"`
		Errors []struct {
			Line     int    `xml:"line,attr"`
			Column   int    `xml:"column,attr"`
			Severity string `xml:"severity,attr"`
			Source   string `xml:"source,attr"`
		} `xml:"error"`
	} `xml:"file"`
}

// parseCheckstyle reads the Checkstyle report; the source is
// "addlint.<rule>".
func parseCheckstyle(t *testing.T, out string) findingSet {
	t.Helper()
	var report checkstyleReport
	if err := xml.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("checkstyle: %v", err)
	}
	set := findingSet{}
	for _, file := range report.Files {
		for _, e := range file.Errors {
			rule, ok := strings.CutPrefix(e.Source, "addlint.")
			if !ok {
				t.Fatalf("checkstyle: source %q does not start with addlint.", e.Source)
			}
			set[findingKey{file.Name, e.Line, e.Column, rule, e.Severity}]++
		}
	}
	return set
}

// atoi converts a decimal number that a format wrote.
func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return n
}
