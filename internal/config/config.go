// Package config finds, strictly decodes and validates the .addlint.yaml
// config file.
package config

import (
	"cmp"
	"slices"
	"time"
)

// The names a config file may have, in the order Find looks for them.
const (
	FileName    = ".addlint.yaml"
	AltFileName = ".addlint.yml"
)

// Defaults used when the config does not set a value.
const (
	DefaultProfile     = "add"
	DefaultFailOn      = "error"
	DefaultMaxFileSize = int64(10 << 20)
	DefaultEvalTimeout = 5 * time.Second
	DefaultMaxFindings = 1000
)

// SeverityOff turns a rule off in `rules` and `overrides`.
const SeverityOff = "off"

// Profiles lists the built-in profiles a config may name.
var Profiles = []string{"add"}

// FailOnLevels lists the values of `fail-on`.
var FailOnLevels = []string{"error", "warning", "info", "never"}

// Severities lists the values a rule may be set to in `rules` and
// `overrides`.
var Severities = []string{SeverityOff, "info", "warning", "error"}

// Config is the content of an .addlint.yaml file.
type Config struct {
	// Profile is the built-in profile ("add").
	Profile string `yaml:"profile"`
	// Files are the globs a directory walk lints; empty means "detect ADDs".
	Files []string `yaml:"files"`
	// Ignore are the globs a directory walk skips.
	Ignore []string `yaml:"ignore"`
	// FailOn is the lowest severity that fails a run: error, warning, info
	// or never.
	FailOn string `yaml:"fail-on"`
	// Rules maps a rule id to off, info, warning or error.
	Rules map[string]string `yaml:"rules"`
	// Policies are extra Rego directories or files.
	Policies []string `yaml:"policies"`
	// Data are extra data documents (YAML or JSON).
	Data []string `yaml:"data"`
	// Overrides change rule severities for the files matching their globs;
	// later overrides win.
	Overrides []Override `yaml:"overrides"`
	// Limits bound the work done per document.
	Limits Limits `yaml:"limits"`
	// Path is where the config was loaded from, or "" for the defaults.
	Path string `yaml:"-"`
	// Dir is the directory of Path: relative globs, policies and data
	// resolve against it. It is "" for the defaults (the current directory).
	Dir string `yaml:"-"`
	// RuleLines maps each rule id named under `rules` or an override's
	// `rules` to the line of its first mention.
	RuleLines map[string]int `yaml:"-"`
}

// Override sets rule severities for the files matching Files.
type Override struct {
	// Files are globs relative to the config's directory.
	Files []string `yaml:"files"`
	// Rules maps a rule id to off, info, warning or error.
	Rules map[string]string `yaml:"rules"`
}

// Limits bound the work done per document.
type Limits struct {
	// MaxFileSize is the largest document read, in bytes.
	MaxFileSize int64 `yaml:"max-file-size"`
	// EvalTimeout bounds the policy evaluation of one document.
	EvalTimeout time.Duration `yaml:"eval-timeout"`
	// MaxFindings caps the findings of one document.
	MaxFindings int `yaml:"max-findings"`
}

// Default returns the config used when there is no .addlint.yaml.
func Default() *Config {
	return &Config{
		Profile:   DefaultProfile,
		FailOn:    DefaultFailOn,
		Rules:     map[string]string{},
		RuleLines: map[string]int{},
		Limits: Limits{
			MaxFileSize: DefaultMaxFileSize,
			EvalTimeout: DefaultEvalTimeout,
			MaxFindings: DefaultMaxFindings,
		},
	}
}

// RuleIDs returns every rule id the config names under `rules` or an
// override's `rules`, each once, in the order of RuleLines' lines.
func (c *Config) RuleIDs() []string {
	seen := map[string]bool{}
	var ids []string
	add := func(rules map[string]string) {
		for id := range rules {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	add(c.Rules)
	for _, o := range c.Overrides {
		add(o.Rules)
	}
	sortByLine(ids, c.RuleLines)
	return ids
}

// sortByLine orders ids by their line in lines, then by name.
func sortByLine(ids []string, lines map[string]int) {
	slices.SortFunc(ids, func(a, b string) int {
		if c := cmp.Compare(lines[a], lines[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
}
