package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/addlint/addlint/internal/model"
)

// JSONVersion is the version of the JSON report's shape.
const JSONVersion = 1

// jsonReport is the JSON report. Its shape is a public contract: change it
// only compatibly, and bump JSONVersion when that is impossible.
type jsonReport struct {
	Version int               `json:"version"`
	Files   []jsonFile        `json:"files"`
	Errors  []model.FileError `json:"errors"`
	Summary jsonSummary       `json:"summary"`
}

// jsonFile is one linted file of the JSON report.
type jsonFile struct {
	Path     string          `json:"path"`
	Status   string          `json:"status"`
	Findings []model.Finding `json:"findings"`
}

// jsonSummary counts the linted files and the findings by severity; Errors
// counts error findings, not files that could not be linted.
type jsonSummary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// jsonWriter writes the JSON report.
type jsonWriter struct{}

// Write writes the report as JSON indented by two spaces, with a trailing
// newline. Every list is present, empty rather than null.
func (jsonWriter) Write(w io.Writer, in Input) error {
	report := jsonReport{
		Version: JSONVersion,
		Files:   make([]jsonFile, 0, len(in.Files)),
		Errors:  make([]model.FileError, 0, len(in.Errors)),
	}
	for _, file := range in.Files {
		findings := make([]model.Finding, 0, len(file.Findings))
		findings = append(findings, file.Findings...)
		report.Files = append(report.Files, jsonFile{Path: file.Path, Status: file.Status, Findings: findings})
	}
	report.Errors = append(report.Errors, in.Errors...)
	s := Summarize(in)
	report.Summary = jsonSummary{Files: s.Files, Errors: s.Errors, Warnings: s.Warnings, Infos: s.Infos}
	return encodeJSON(w, report)
}

// encodeJSON writes v as JSON indented by two spaces, without HTML escaping,
// followed by a newline.
func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON report: %w", err)
	}
	return nil
}
