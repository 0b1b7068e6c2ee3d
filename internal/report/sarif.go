package report

import (
	"io"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/addlint/addlint/internal/model"
)

// SARIF levels.
const (
	sarifLevelError   = "error"
	sarifLevelWarning = "warning"
	sarifLevelNote    = "note"
)

// srcRoot is the uriBaseId of every relative artifact URI.
const srcRoot = "%SRCROOT%"

// sarifWriter writes SARIF 2.1.0 with one run.
type sarifWriter struct {
	baseDir string
}

// Write writes the SARIF log: the rules from the metadata, one result per
// finding and one tool execution notification per file that could not be
// linted.
func (s sarifWriter) Write(w io.Writer, in Input) error {
	run := sarifRun{
		Tool:       sarifTool{Driver: newSarifDriver(in.Tool)},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	if base := srcRootURI(s.baseDir); base != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {URI: base}}
	}

	rules := newSarifRules(in.Rules)
	for _, file := range in.Files {
		for _, f := range file.Findings {
			run.Results = append(run.Results, newSarifResult(file.Path, f, rules.index(f)))
		}
	}
	run.Tool.Driver.Rules = rules.descriptors

	invocation := sarifInvocation{ExecutionSuccessful: len(in.Errors) == 0}
	for _, fileErr := range in.Errors {
		invocation.ToolExecutionNotifications = append(invocation.ToolExecutionNotifications, sarifNotification{
			Level:     sarifLevelError,
			Message:   sarifMessage{Text: fileErr.Message},
			Locations: []sarifLocation{newSarifLocation(fileErr.Path, nil)},
		})
	}
	run.Invocations = []sarifInvocation{invocation}

	return encodeJSON(w, sarifLog{Schema: sarifSchemaURI, Version: "2.1.0", Runs: []sarifRun{run}})
}

// newSarifDriver describes the tool, leaving out what is unknown.
func newSarifDriver(tool ToolInfo) sarifDriver {
	name := tool.Name
	if name == "" {
		name = "addlint"
	}
	return sarifDriver{Name: name, Version: tool.Version, InformationURI: tool.InformationURI}
}

// sarifRules is the rules array of the driver with an index by rule id.
type sarifRules struct {
	descriptors []sarifRule
	byID        map[string]int
}

// newSarifRules describes every rule, keeping the first of repeated ids.
func newSarifRules(rules []model.RuleInfo) *sarifRules {
	r := &sarifRules{descriptors: []sarifRule{}, byID: map[string]int{}}
	for _, rule := range rules {
		if _, seen := r.byID[rule.ID]; !seen {
			r.add(rule)
		}
	}
	return r
}

// index returns the position of f's rule in the rules array. A rule without
// metadata gets a bare descriptor, its default level taken from f, so that
// every result points to a rule.
func (r *sarifRules) index(f model.Finding) int {
	if i, ok := r.byID[f.Rule]; ok {
		return i
	}
	return r.add(model.RuleInfo{ID: f.Rule, Severity: f.Severity, Gate: f.Gate})
}

// add appends the descriptor of rule and returns its index.
func (r *sarifRules) add(rule model.RuleInfo) int {
	r.byID[rule.ID] = len(r.descriptors)
	r.descriptors = append(r.descriptors, newSarifRule(rule))
	return len(r.descriptors) - 1
}

// newSarifRule turns rule metadata into a SARIF reporting descriptor.
func newSarifRule(rule model.RuleInfo) sarifRule {
	title := strings.TrimSpace(rule.Title)
	if title == "" {
		title = rule.ID
	}
	d := sarifRule{
		ID:                   rule.ID,
		Name:                 pascalCase(rule.ID),
		ShortDescription:     sarifText{Text: title},
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(rule.Severity)},
	}
	if description := strings.TrimSpace(rule.Description); description != "" {
		d.FullDescription = &sarifText{Text: description}
	}
	if help := ruleHelpText(rule); help != "" {
		d.Help = &sarifText{Text: help, Markdown: ruleHelpMarkdown(rule)}
	}
	if rule.Gate != "" || rule.Severity != "" {
		d.Properties = &sarifProperties{Gate: rule.Gate, Severity: rule.Severity}
		if rule.Gate != "" {
			d.Properties.Tags = []string{rule.Gate}
		}
	}
	return d
}

// newSarifResult turns one finding into a SARIF result.
func newSarifResult(filePath string, f model.Finding, ruleIndex int) sarifResult {
	result := sarifResult{
		RuleID:    f.Rule,
		RuleIndex: ruleIndex,
		Level:     sarifLevel(f.Severity),
		Message:   sarifMessage{Text: f.Message},
		Locations: []sarifLocation{newSarifLocation(filePath, newSarifRegion(f))},
	}
	if f.Gate != "" || f.Section != "" {
		result.Properties = &sarifProperties{Gate: f.Gate, Section: f.Section}
	}
	return result
}

// newSarifLocation returns the location of a file and, when known, a region.
func newSarifLocation(filePath string, region *sarifRegion) sarifLocation {
	return sarifLocation{PhysicalLocation: sarifPhysicalLocation{
		ArtifactLocation: newSarifArtifact(filePath),
		Region:           region,
	}}
}

// newSarifRegion returns the region of a finding with only the values that
// are valid, or nil when even the start line is unknown.
func newSarifRegion(f model.Finding) *sarifRegion {
	sp := findingSpan(f)
	if sp.line == 0 {
		return nil
	}
	return &sarifRegion{StartLine: sp.line, StartColumn: sp.column, EndLine: sp.endLine, EndColumn: sp.endColumn}
}

// newSarifArtifact returns the artifact location of a path: a URI relative
// to %SRCROOT%, or a file URI for an absolute path.
func newSarifArtifact(filePath string) sarifArtifactLocation {
	slashed := filepath.ToSlash(filePath)
	if abs := absoluteFileURI(slashed); abs != "" {
		return sarifArtifactLocation{URI: abs}
	}
	relative := (&url.URL{Path: path.Clean(slashed)}).String()
	return sarifArtifactLocation{URI: relative, URIBaseID: srcRoot}
}

// absoluteFileURI returns the file URI of an absolute slash-separated path
// ("/x" or "C:/x"), or "" for a relative one.
func absoluteFileURI(slashed string) string {
	switch {
	case strings.HasPrefix(slashed, "/"):
		return (&url.URL{Scheme: "file", Path: path.Clean(slashed)}).String()
	case hasDriveLetter(slashed):
		return (&url.URL{Scheme: "file", Path: "/" + path.Clean(slashed)}).String()
	}
	return ""
}

// hasDriveLetter reports whether p starts with a Windows drive such as "C:/".
func hasDriveLetter(p string) bool {
	if len(p) < 3 || p[1] != ':' || p[2] != '/' {
		return false
	}
	letter := p[0] | 0x20
	return letter >= 'a' && letter <= 'z'
}

// srcRootURI returns the file URI of baseDir ending in a slash, or "" when
// baseDir is empty or cannot be made absolute.
func srcRootURI(baseDir string) string {
	if baseDir == "" {
		return ""
	}
	abs, err := filepath.Abs(baseDir)
	if err != nil {
		return ""
	}
	uri := absoluteFileURI(filepath.ToSlash(abs))
	if uri == "" {
		return ""
	}
	return strings.TrimSuffix(uri, "/") + "/"
}

// sarifLevel maps a severity to a SARIF level: error to error, info to note,
// and everything else (warning, status-scaled, by-status) to warning.
func sarifLevel(severity string) string {
	switch severity {
	case model.SeverityError:
		return sarifLevelError
	case model.SeverityInfo:
		return sarifLevelNote
	}
	return sarifLevelWarning
}

// pascalCase turns a kebab-case rule id into a SARIF rule name
// ("stack-rationale" becomes "StackRationale").
func pascalCase(id string) string {
	var b strings.Builder
	for part := range strings.SplitSeq(id, "-") {
		first, size := utf8.DecodeRuneInString(part)
		if size == 0 {
			continue
		}
		b.WriteRune(unicode.ToUpper(first))
		b.WriteString(part[size:])
	}
	return b.String()
}
