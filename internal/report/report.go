package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/addlint/addlint/internal/model"
)

// Input is everything a writer reports on.
type Input struct {
	// Files holds the linted files in input order, findings already sorted.
	Files []model.FileResult
	// Errors holds the files that could not be linted.
	Errors []model.FileError
	// Rules holds the metadata of every known rule.
	Rules []model.RuleInfo
	// Tool names the program that produced the results.
	Tool ToolInfo
}

// ToolInfo describes the program that produced the results.
type ToolInfo struct {
	// Name is the program's name, "addlint".
	Name string
	// Version is the program's version, or "" when unknown.
	Version string
	// InformationURI is the program's home page, or "" when unknown.
	InformationURI string
}

// Options tune the writers.
type Options struct {
	// Color turns on ANSI colours in the text format; other formats ignore it.
	Color bool
	// BaseDir is the directory the reported paths are relative to. SARIF
	// declares it as the %SRCROOT% base of its relative URIs; "" leaves the
	// base undeclared.
	BaseDir string
}

// Writer writes one report in one format.
type Writer interface {
	// Write writes the report on in to w.
	Write(w io.Writer, in Input) error
}

// Format names.
const (
	FormatText       = "text"
	FormatJSON       = "json"
	FormatSARIF      = "sarif"
	FormatJUnit      = "junit"
	FormatGitHub     = "github"
	FormatCheckstyle = "checkstyle"
)

// Formats returns the names of every output format, the default first.
func Formats() []string {
	return []string{FormatText, FormatJSON, FormatSARIF, FormatJUnit, FormatGitHub, FormatCheckstyle}
}

// New returns the writer for format, or an error naming the known formats.
func New(format string, opts Options) (Writer, error) {
	switch format {
	case FormatText:
		return newTextWriter(opts.Color), nil
	case FormatJSON:
		return jsonWriter{}, nil
	case FormatSARIF:
		return sarifWriter{baseDir: opts.BaseDir}, nil
	case FormatJUnit:
		return junitWriter{}, nil
	case FormatGitHub:
		return githubWriter{}, nil
	case FormatCheckstyle:
		return checkstyleWriter{}, nil
	}
	return nil, fmt.Errorf("unknown output format %q: want one of %s", format, strings.Join(Formats(), ", "))
}
