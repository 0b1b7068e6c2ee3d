package lint

import (
	"reflect"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/config"
)

// TestOnlyADDs checks that OnlyADDs lints named files and glob matches only
// when a walk would: Markdown, not ignored, selected by `files` or detected.
func TestOnlyADDs(t *testing.T) {
	walkConfig := func(files, ignore []string) *config.Config {
		cfg := config.Default()
		cfg.Path, cfg.Dir = walkDir+"/.addlint.yaml", walkDir
		cfg.Files, cfg.Ignore = files, ignore
		return cfg
	}
	named := walked("README.md", "notes.txt", "payments-add.md", "docs/guide.md", "docs/UPPER.MD", "docs/archive/old-add.md")
	tests := []struct {
		name  string
		paths []string
		cfg   *config.Config
		want  []string
	}{
		{
			name:  "ADD detection: READMEs, guides and other extensions are skipped",
			paths: named,
			want:  walked("payments-add.md", "docs/UPPER.MD", "docs/archive/old-add.md"),
		},
		{
			name:  "ignore applies to named files",
			paths: named,
			cfg:   walkConfig(nil, []string{"docs/archive/**"}),
			want:  walked("payments-add.md", "docs/UPPER.MD"),
		},
		{
			name:  "files globs select without detection",
			paths: named,
			cfg:   walkConfig([]string{"docs/*.md", "*.txt"}, nil),
			want:  walked("docs/guide.md"),
		},
		{
			name:  "glob matches are detected too",
			paths: []string{walkDir + "/*.md"},
			want:  walked("payments-add.md"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := lintWith(t, Options{Paths: tt.paths, Config: tt.cfg, OnlyADDs: true})
			if got := paths(res); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("linted\n %q\nwant\n %q", got, tt.want)
			}
			if len(res.Errors) != 0 {
				t.Errorf("errors: %v", errorMessages(res))
			}
		})
	}
}

// TestOnlyADDsStillReportsMissingFilesAndReadsStdin checks what OnlyADDs
// leaves alone: a named file that does not exist is an error, and standard
// input is linted whatever it holds.
func TestOnlyADDsStillReportsMissingFilesAndReadsStdin(t *testing.T) {
	res := lintWith(t, Options{
		Paths:    []string{walkDir + "/missing.md", "-"},
		Stdin:    strings.NewReader("# Just notes\n"),
		OnlyADDs: true,
	})
	if got := paths(res); !reflect.DeepEqual(got, []string{"<stdin>"}) {
		t.Errorf("linted %q, want standard input only", got)
	}
	if msgs := errorMessages(res); len(msgs) != 1 || !strings.Contains(msgs[0], "missing.md") {
		t.Errorf("errors %q, want one for missing.md", msgs)
	}
}
