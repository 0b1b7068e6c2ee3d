package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// testdataDir holds the sample configs shared with the JSON Schema test.
const testdataDir = "../../testdata/config"

func TestDefault(t *testing.T) {
	cfg := Default()
	if cfg.Profile != "add" || cfg.FailOn != "error" {
		t.Errorf("profile/fail-on = %q/%q, want add/error", cfg.Profile, cfg.FailOn)
	}
	if cfg.Limits.MaxFileSize != 10<<20 || cfg.Limits.EvalTimeout != 5*time.Second || cfg.Limits.MaxFindings != 1000 {
		t.Errorf("limits = %+v", cfg.Limits)
	}
	if cfg.Rules == nil || cfg.RuleLines == nil || cfg.Path != "" || cfg.Dir != "" {
		t.Errorf("default config = %+v", cfg)
	}
}

func TestLoadFull(t *testing.T) {
	path := filepath.Join(testdataDir, "valid-full.yaml")
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Profile: "add",
		Files:   []string{"docs/architecture/**/*.md", "adr/*.markdown"},
		Ignore:  []string{"docs/archive/**", "**/drafts/{old,tmp}/*.md"},
		FailOn:  "warning",
		Rules: map[string]string{
			"stack-alternatives": "off", "placeholder": "error",
			"code-block-language": "info", "section-order": "warning",
		},
		Policies: []string{"policies/extra"},
		Data:     []string{"policies/data.yaml"},
		Overrides: []Override{
			{Files: []string{"docs/legacy/**"}, Rules: map[string]string{"required-section": "warning", "placeholder": "off"}},
			{Files: []string{"docs/legacy/keep/*.md"}, Rules: map[string]string{"placeholder": "error"}},
		},
		Limits: Limits{MaxFileSize: 5 << 20, EvalTimeout: 2 * time.Second, MaxFindings: 500},
		Path:   path,
		Dir:    testdataDir,
		RuleLines: map[string]int{
			"stack-alternatives": 9, "placeholder": 10, "code-block-language": 11,
			"section-order": 12, "required-section": 17,
		},
	}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("Load(%s) =\n%+v\nwant\n%+v", path, cfg, want)
	}
	wantIDs := []string{"stack-alternatives", "placeholder", "code-block-language", "section-order", "required-section"}
	if ids := cfg.RuleIDs(); !reflect.DeepEqual(ids, wantIDs) {
		t.Errorf("RuleIDs() = %v, want %v", ids, wantIDs)
	}
}

func TestLoadValidFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testdataDir, "valid*.yaml"))
	if err != nil || len(files) < 3 {
		t.Fatalf("want at least 3 valid configs, got %v (%v)", files, err)
	}
	for _, path := range files {
		if _, err := Load(path); err != nil {
			t.Errorf("Load(%s): %v", path, err)
		}
	}
}

func TestLoadKeepsDefaults(t *testing.T) {
	cfg, err := Load(filepath.Join(testdataDir, "valid-comments-only.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Path, want.Dir = cfg.Path, cfg.Dir
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("comments-only config = %+v, want the defaults", cfg)
	}
	cfg, err = Load(filepath.Join(testdataDir, "valid-limits-bytes.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Limits.MaxFileSize != 1048576 || cfg.Limits.EvalTimeout != DefaultEvalTimeout || cfg.FailOn != "never" {
		t.Errorf("limits = %+v, fail-on %q", cfg.Limits, cfg.FailOn)
	}
}

// TestLoadInvalidFiles checks every invalid*.yaml against the error its
// first line announces ("# want: :LINE: KEY: MESSAGE").
func TestLoadInvalidFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testdataDir, "invalid*.yaml"))
	if err != nil || len(files) < 10 {
		t.Fatalf("want at least 10 invalid configs, got %v (%v)", files, err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(src), "\n")
			want, ok := strings.CutPrefix(first, "# want: ")
			if !ok {
				t.Fatalf("%s does not start with a '# want: ' line", path)
			}
			_, err = Load(path)
			if err == nil {
				t.Fatalf("Load(%s) succeeded, want %s", path, want)
			}
			if got := err.Error(); got != path+want {
				t.Errorf("Load error\n got  %s\n want %s", got, path+want)
			}
			var cfgErr *Error
			if !errors.As(err, &cfgErr) || cfgErr.Line == 0 {
				t.Errorf("error %v is not a located *Error", err)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			"duplicate key", "profile: add\nfail-on: error\nprofile: add\n",
			"c.yaml:3: profile: duplicate key (first at line 1)",
		},
		{
			"duplicate rule", "rules:\n  placeholder: off\n  placeholder: error\n",
			"c.yaml:3: rules.placeholder: duplicate key (first at line 2)",
		},
		{
			"syntax error", "profile: add\nfiles: a\n  b: c\n",
			"c.yaml:3: invalid YAML: mapping values are not allowed in this context",
		},
		{
			"unquoted glob is an alias", "files: [*.md]\n",
			`c.yaml: invalid YAML: did not find expected alphabetic or numeric character (quote globs that start with *, for example "*.md")`,
		},
		{
			"two documents", "profile: add\n---\nfail-on: error\n",
			"c.yaml:2: more than one YAML document; a config holds one",
		},
		{
			"scalar root", "add\n",
			`c.yaml:1: the config must be a mapping of keys such as profile, files and rules, not the string "add"`,
		},
		{
			"boolean severity", "rules:\n  placeholder: false\n",
			"c.yaml:2: rules.placeholder: want one of off, info, warning, error, not the boolean false",
		},
		{
			"empty glob", "ignore: ['']\n",
			"c.yaml:1: ignore[0]: must not be empty",
		},
		{
			"override not a mapping", "overrides: [docs/**]\n",
			`c.yaml:1: overrides[0]: want a mapping with files and rules, not the string "docs/**"`,
		},
		{
			"override without rules", "overrides:\n  - files: [a.md]\n",
			"c.yaml:2: overrides[0].rules: an override needs at least one rule",
		},
		{
			"merge key", "rules:\n  <<: {placeholder: off}\n",
			`c.yaml:2: rules: a key must be a plain name, not the value "<<"`,
		},
		{
			"anchored unknown key", "base: &b {profile: add}\n",
			`c.yaml:1: base: unknown key; known keys: profile, files, ignore, fail-on, rules, policies, data, overrides, limits`,
		},
		{
			"limits not a mapping", "limits: 10MiB\n",
			`c.yaml:1: limits: want a mapping with max-file-size, eval-timeout, max-findings, not the string "10MiB"`,
		},
		{
			"zero size", "limits: {max-file-size: 0}\n",
			"c.yaml:1: limits.max-file-size: want a positive size such as 10MiB, 512KB or 1048576, not the number 0",
		},
		{
			"negative timeout", "limits: {eval-timeout: -1s}\n",
			`c.yaml:1: limits.eval-timeout: want a positive duration such as 5s, 500ms or 1m, not the string "-1s"`,
		},
		{
			"policies of the wrong type", "policies: {dir: x}\n",
			"c.yaml:1: policies: want a list of strings, not a mapping",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("c.yaml", []byte(tt.src))
			if err == nil {
				t.Fatalf("Decode succeeded, want %s", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got  %s\n want %s", err, tt.want)
			}
		})
	}
}

func TestDecodeAcceptsNullsAndAliases(t *testing.T) {
	src := "files:\nignore: ~\nrules:\noverrides:\nlimits:\n" +
		"x-globs: &g [\"docs/**\"]\n"
	if _, err := Decode("c.yaml", []byte(src)); err == nil || !strings.Contains(err.Error(), "x-globs: unknown key") {
		t.Fatalf("want an unknown key error for x-globs, got %v", err)
	}
	cfg, err := Decode("dir/c.yaml", []byte("files:\nignore: ~\nrules:\noverrides:\nlimits:\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Files != nil || cfg.Ignore != nil || len(cfg.Rules) != 0 || cfg.Overrides != nil || cfg.Dir != "dir" {
		t.Errorf("nulls decoded to %+v", cfg)
	}
	cfg, err = Decode("c.yaml", []byte("files: &g [\"docs/**/*.md\"]\nignore: *g\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cfg.Ignore, []string{"docs/**/*.md"}) {
		t.Errorf("alias decoded to %v", cfg.Ignore)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(filepath.Join(dir, "missing.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: got %v, want ErrNotExist", err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("directory: got %v", err)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"10MiB", 10 << 20, true},
		{"10 mib", 10 << 20, true},
		{"512KB", 512000, true},
		{"1.5GiB", 3 << 29, true},
		{"2gb", 2e9, true},
		{"7B", 7, true},
		{"0", 0, false},
		{"-1MiB", 0, false},
		{"10MB/s", 0, false},
		{"MiB", 0, false},
		{"", 0, false},
		{"1e3", 0, false},
		{"99999999999GiB", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseSize(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseSize(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for in, want := range map[int64]string{10 << 20: "10 MiB", 2 << 30: "2 GiB", 3 << 10: "3 KiB", 1000: "1000 bytes"} {
		if got := FormatSize(in); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"placeholder", "title", "stack-table", "stack-rationale", "warning"}
	tests := map[string]string{
		"placehold":      "placeholder",
		"titel":          "title",
		"stack-tabel":    "stack-table",
		"warn":           "warning",
		"no-such-thing":  "",
		"x":              "",
		"stack-rational": "stack-rationale",
	}
	for in, want := range tests {
		if got := Suggest(in, known); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}
