package lint

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/addlint/addlint/internal/config"
)

// walked prefixes each name with the walk fixtures' directory.
func walked(names ...string) []string {
	list := make([]string, len(names))
	for i, name := range names {
		list[i] = walkDir + "/" + name
	}
	return list
}

func TestWalkFixturesPresent(t *testing.T) {
	// The skip rules are only tested if these fixtures were committed.
	for _, name := range []string{".hidden/secret-add.md", ".hidden-add.md", "node_modules/pkg/add.md", "vendor/lib/add.md", "docs/archive/old-add.md", "README.md"} {
		if _, err := os.Stat(filepath.Join(walkDir, name)); err != nil {
			t.Errorf("walk fixture missing (was testdata/walk committed whole?): %v", err)
		}
	}
}

func TestWalk(t *testing.T) {
	walkConfig := func(files, ignore []string) *config.Config {
		cfg := config.Default()
		cfg.Path, cfg.Dir = walkDir+"/.addlint.yaml", walkDir
		cfg.Files, cfg.Ignore = files, ignore
		return cfg
	}
	tests := []struct {
		name  string
		paths []string
		cfg   *config.Config
		want  []string
	}{
		{
			name:  "ADD detection skips non-ADDs, hidden, node_modules and vendor",
			paths: []string{walkDir},
			want: walked("docs/UPPER.MD", "docs/archive/old-add.md", "docs/deep/er/nested-add.md",
				"docs/emoji-add.md", "docs/orders.markdown", "payments-add.md"),
		},
		{
			name:  "config ignore skips a directory",
			paths: []string{walkDir},
			cfg:   walkConfig(nil, []string{"docs/archive/**"}),
			want: walked("docs/UPPER.MD", "docs/deep/er/nested-add.md",
				"docs/emoji-add.md", "docs/orders.markdown", "payments-add.md"),
		},
		{
			name:  "config ignore skips files",
			paths: []string{walkDir},
			cfg:   walkConfig(nil, []string{"**/*-add.md"}),
			want:  walked("docs/UPPER.MD", "docs/orders.markdown"),
		},
		{
			name:  "config files select Markdown files without detection",
			paths: []string{walkDir},
			cfg:   walkConfig([]string{"docs/**/*.md", "node_modules/**", "*.txt"}, nil),
			want:  walked("docs/archive/old-add.md", "docs/deep/er/nested-add.md", "docs/emoji-add.md", "docs/guide.md"),
		},
		{
			name:  "ignore wins over files",
			paths: []string{walkDir},
			cfg:   walkConfig([]string{"docs/**/*.md"}, []string{"docs/deep"}),
			want:  walked("docs/archive/old-add.md", "docs/emoji-add.md", "docs/guide.md"),
		},
		{
			name:  "explicit files are always linted, whatever their extension, even when ignored",
			paths: walked("README.md", "notes.txt", "docs/archive/old-add.md", ".hidden/secret-add.md"),
			cfg:   walkConfig(nil, []string{"docs/archive/**"}),
			want:  walked("README.md", "notes.txt", "docs/archive/old-add.md", ".hidden/secret-add.md"),
		},
		{
			name:  "an explicit hidden directory is walked",
			paths: walked(".hidden"),
			want:  walked(".hidden/secret-add.md"),
		},
		{
			name:  "duplicates are dropped, first position kept",
			paths: []string{walkDir + "/payments-add.md", "./" + walkDir + "/docs/../payments-add.md", walkDir + "/docs", walkDir},
			want: walked("payments-add.md", "docs/UPPER.MD", "docs/archive/old-add.md", "docs/deep/er/nested-add.md",
				"docs/emoji-add.md", "docs/orders.markdown"),
		},
		{
			name:  "globs with ** skip hidden, node_modules and vendor; their files are linted without detection",
			paths: []string{walkDir + "/**/*.md"},
			want: walked("README.md", "docs/archive/old-add.md", "docs/deep/er/nested-add.md", "docs/emoji-add.md",
				"docs/guide.md", "payments-add.md"),
		},
		{
			name:  "a glob naming node_modules or a hidden directory reaches into it",
			paths: []string{walkDir + "/node_modules/**/*.md", walkDir + "/.hidden/*.md", walkDir + "/vendor/*/add.md"},
			want:  walked("node_modules/pkg/add.md", ".hidden/secret-add.md", "vendor/lib/add.md"),
		},
		{
			name:  "globs honour the config's ignore",
			paths: []string{walkDir + "/docs/**/*.{md,markdown}"},
			cfg:   walkConfig(nil, []string{"docs/archive/**", "docs/guide.md"}),
			want:  walked("docs/deep/er/nested-add.md", "docs/emoji-add.md", "docs/orders.markdown"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := lintWith(t, Options{Paths: tt.paths, Config: tt.cfg, Jobs: 3})
			if got := paths(res); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("linted\n %q\nwant\n %q", got, tt.want)
			}
			if len(res.Errors) != 0 {
				t.Errorf("errors: %v", errorMessages(res))
			}
		})
	}
}

func TestWalkCurrentDirectoryByDefault(t *testing.T) {
	abs, err := filepath.Abs(walkDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(abs, "docs"))
	res := lintWith(t, Options{})
	want := []string{"UPPER.MD", "archive/old-add.md", "deep/er/nested-add.md", "emoji-add.md", "orders.markdown"}
	if got := paths(res); !reflect.DeepEqual(got, want) {
		t.Errorf("linted %q, want %q", got, want)
	}
}

func TestMissingAndUnmatched(t *testing.T) {
	res := lintWith(t, Options{Paths: []string{
		walkDir + "/missing.md", walkDir + "/payments-add.md", walkDir + "/*.nothing", walkDir + "/missing.md",
	}})
	if got, want := paths(res), walked("payments-add.md"); !reflect.DeepEqual(got, want) {
		t.Errorf("linted %q, want %q", got, want)
	}
	wantErrors := []string{
		walkDir + "/missing.md: no such file or directory",
		walkDir + "/*.nothing: no files match this pattern",
	}
	if got := errorMessages(res); !reflect.DeepEqual(got, wantErrors) {
		t.Errorf("errors %q, want %q", got, wantErrors)
	}
	if res.Errors[0].Path != walkDir+"/missing.md" {
		t.Errorf("error path %q", res.Errors[0].Path)
	}
}

func TestBadGlobStopsTheRun(t *testing.T) {
	_, err := runFake(t, Options{Paths: []string{walkDir + "/payments-add.md", walkDir + "/[.md"}})
	if err == nil || !strings.Contains(err.Error(), `bad glob "`+walkDir+`/[.md"`) {
		t.Errorf("Run error = %v, want a bad glob error", err)
	}
}

func TestStdin(t *testing.T) {
	src := "# Architecture Design Document: Piped\n**Status**: Review\n!placeholder\n"
	res := lintWith(t, Options{Paths: []string{"-", walkDir + "/payments-add.md", "-"}, Stdin: strings.NewReader(src)})
	if got, want := paths(res), []string{"<stdin>", walkDir + "/payments-add.md"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("linted %q, want %q", got, want)
	}
	if res.Files[0].Status != "review" || len(res.Files[0].Findings) != 1 {
		t.Errorf("stdin result = %+v", res.Files[0])
	}

	// The stdin filename is reported and matched by overrides.
	cfg := config.Default()
	cfg.Overrides = []config.Override{{Files: []string{"docs/**"}, Rules: map[string]string{"placeholder": "off"}}}
	res = lintWith(t, Options{Paths: []string{"-"}, Stdin: strings.NewReader(src), StdinFilename: "docs/piped.md", Config: cfg})
	if got := findingsOf(t, res, "docs/piped.md"); len(got) != 0 {
		t.Errorf("override for the stdin filename not applied: %v", got)
	}

	res = lintWith(t, Options{Paths: []string{"-"}, Stdin: strings.NewReader(strings.Repeat("x", 100)), MaxFileSize: 10})
	if got := errorMessages(res); len(got) != 1 || !strings.HasPrefix(got[0], "<stdin>: file too large") {
		t.Errorf("too large stdin: %q", got)
	}
	res = lintWith(t, Options{Paths: []string{"-"}})
	if got := errorMessages(res); len(got) != 1 || got[0] != "<stdin>: no standard input to read" {
		t.Errorf("nil stdin: %q", got)
	}
}

func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.md": "# Architecture Design Document: A\n", "sub/b.md": "# Architecture Design Document: B\n"})
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.md", filepath.Join(dir, "link-add.md")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	res := lintWith(t, Options{Paths: []string{"."}})
	if got, want := paths(res), []string{"a.md", "sub/b.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("walk linted %q, want %q (no symbolic links followed)", got, want)
	}
	res = lintWith(t, Options{Paths: []string{"**/*.md"}})
	if got, want := paths(res), []string{"a.md", "link-add.md", "sub/b.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("glob matched %q, want %q", got, want)
	}
	// A symbolic link named on the command line is followed once.
	res = lintWith(t, Options{Paths: []string{"sub/loop", "link-add.md"}})
	if got, want := paths(res), []string{"sub/loop/a.md", "sub/loop/sub/b.md", "link-add.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("explicit links linted %q, want %q", got, want)
	}
}

func TestFIFODoesNotHang(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.md": "# Architecture Design Document: A\n"})
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	t.Chdir(dir)
	res := lintWith(t, Options{Paths: []string{"pipe.md", "a.md"}})
	if got := paths(res); !reflect.DeepEqual(got, []string{"a.md"}) {
		t.Errorf("linted %q", got)
	}
	if got := errorMessages(res); len(got) != 1 || got[0] != "pipe.md: not a regular file: it is a named pipe (FIFO)" {
		t.Errorf("errors %q", got)
	}
	res = lintWith(t, Options{Paths: []string{"."}})
	if got := paths(res); !reflect.DeepEqual(got, []string{"a.md"}) || len(res.Errors) != 0 {
		t.Errorf("walk linted %q, errors %q; want the FIFO skipped", got, errorMessages(res))
	}
	res = lintWith(t, Options{Paths: []string{"*.md"}})
	if len(res.Errors) != 1 || len(res.Files) != 1 {
		t.Errorf("glob: files %q errors %q", paths(res), errorMessages(res))
	}
}

func TestNoPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file; permissions cannot be tested")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.md": "# Architecture Design Document: A\n", "secret.md": "x", "locked/b.md": "# Architecture Design Document: B\n",
	})
	t.Chdir(dir)
	for _, p := range []string{"secret.md", "locked"} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Chmod(p, 0o700) })
	}
	res := lintWith(t, Options{Paths: []string{"secret.md", "."}})
	if got := paths(res); !reflect.DeepEqual(got, []string{"a.md"}) {
		t.Errorf("linted %q", got)
	}
	want := []string{"secret.md: permission denied", "locked: permission denied"}
	if got := errorMessages(res); !reflect.DeepEqual(got, want) {
		t.Errorf("errors %q, want %q", got, want)
	}
}

// TestUnreadableAmongGood covers what the runner itself refuses; binary and
// non-UTF-8 files are the parser's to refuse (see realparser_test.go).
func TestUnreadableAmongGood(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"good1.md":    "# Architecture Design Document: One\n!placeholder\n",
		"big.md":      "# Architecture Design Document\n" + strings.Repeat("word ", 100),
		"broken.md":   "# Architecture Design Document\nPARSE-ERROR\n",
		"crash.md":    "# Architecture Design Document\nPANIC\n",
		"evalfail.md": "# Architecture Design Document\n!eval-error\n",
		"good2.md":    "# Architecture Design Document: Two\n",
	})
	t.Chdir(dir)
	order := []string{"good1.md", "big.md", "broken.md", "crash.md", "evalfail.md", "good2.md"}
	res := lintWith(t, Options{Paths: order, MaxFileSize: 200, Jobs: 4})
	if got := paths(res); !reflect.DeepEqual(got, []string{"good1.md", "good2.md"}) {
		t.Errorf("linted %q", got)
	}
	want := []string{
		"big.md: file too large: 531 bytes, over the limit of 200 bytes (set limits.max-file-size in .addlint.yaml to raise it)",
		"broken.md: line 2: cannot parse",
		"crash.md: internal error while linting (please report it): fake parser panic",
		"evalfail.md: evaluating the policies: rego: evaluation timed out after 5s",
	}
	if got := errorMessages(res); !reflect.DeepEqual(got, want) {
		t.Errorf("errors\n %q\nwant\n %q", got, want)
	}
	// A walk reports an unreadable Markdown file too: it may be an ADD.
	res = lintWith(t, Options{MaxFileSize: 200})
	if len(res.Errors) != len(want) || len(res.Files) != 2 {
		t.Errorf("walk: files %q errors %q", paths(res), errorMessages(res))
	}
}
