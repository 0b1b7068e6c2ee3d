package lint_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/lint"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
)

// hostileEvalTimeout is the policy time limit of the hostile matrix: short,
// so that a document the policies cannot finish costs the test little.
const hostileEvalTimeout = 3 * time.Second

// hostileOutcome is what one run did with one hostile path.
type hostileOutcome struct {
	file    *model.FileResult // the file's result, or nil
	err     string            // the file's error message, or ""
	doc     *model.Document   // the document the parser built, or nil
	elapsed time.Duration     // the time of the run
}

// hostileCase is one hostile input: how to make it, what must happen, and a
// description of both for the results table.
type hostileCase struct {
	name     string
	expected string
	// make creates the input in the current directory and returns the path
	// to lint.
	make func(t *testing.T) string
	// check reports what is wrong with the outcome, or "".
	check func(o hostileOutcome) string
	// within bounds the time of a run alone (before the race slowdown).
	within time.Duration
	// timing marks an outcome that depends on the machine's speed (a policy
	// time limit): in a run with others it may differ from the run alone.
	timing bool
}

// writeHostile writes content to name in the current directory.
func writeHostile(t *testing.T, name, content string) string {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return name
}

// linted checks that the file was linted, and runs more checks on it.
func linted(more ...func(o hostileOutcome) string) func(o hostileOutcome) string {
	return func(o hostileOutcome) string {
		if o.file == nil {
			return fmt.Sprintf("not linted (error %q)", o.err)
		}
		if problems := findingProblems(*o.file, o.doc); len(problems) > 0 {
			return strings.Join(problems, "; ")
		}
		for _, check := range more {
			if problem := check(o); problem != "" {
				return problem
			}
		}
		return ""
	}
}

// refused checks that the file is an error whose message holds want.
func refused(want string) func(o hostileOutcome) string {
	return func(o hostileOutcome) string {
		if o.file != nil || !strings.Contains(o.err, want) {
			return fmt.Sprintf("want an error holding %q, got error %q (linted: %v)", want, o.err, o.file != nil)
		}
		return ""
	}
}

// hasRule checks that a finding of rule is reported at line (0: any line).
func hasRule(rule string, line int) func(o hostileOutcome) string {
	return func(o hostileOutcome) string {
		for _, f := range o.file.Findings {
			if f.Rule == rule && (line == 0 || f.Line == line) {
				return ""
			}
		}
		return fmt.Sprintf("no %s finding at line %d", rule, line)
	}
}

// modelHas checks a property of the parsed document.
func modelHas(what string, ok func(doc *model.Document) bool) func(o hostileOutcome) string {
	return func(o hostileOutcome) string {
		if o.doc == nil || !ok(o.doc) {
			return "the document model lacks " + what
		}
		return ""
	}
}

// addTitle starts a hostile body with an ADD title.
const addTitle = "# Architecture Design Document: Hostile\n\n"

func hostileCases() []hostileCase {
	quick := 2 * time.Second
	return []hostileCase{
		{
			name: "empty file", expected: "linted: no H1 and missing sections reported at line 1",
			make:  func(t *testing.T) string { return writeHostile(t, "empty.md", "") },
			check: linted(hasRule("title", 1), hasRule("required-section", 1)), within: quick,
		},
		{
			name: "only whitespace", expected: "linted like an empty file",
			make:  func(t *testing.T) string { return writeHostile(t, "blank.md", " \t\n\n   \n\t\n") },
			check: linted(hasRule("title", 1)), within: quick,
		},
		{
			name: "only front matter", expected: "linted: front matter read (status draft), no H1 reported",
			make: func(t *testing.T) string {
				return writeHostile(t, "front.md", "---\ntitle: Payments\nstatus: Draft\n---\n")
			},
			check: linted(hasRule("title", 1), func(o hostileOutcome) string {
				if o.file.Status != "draft" {
					return "status " + o.file.Status
				}
				return ""
			}), within: quick,
		},
		{
			name: "broken front matter", expected: "linted: metadata-format error at the broken YAML line, rest of the document linted",
			make: func(t *testing.T) string {
				return writeHostile(t, "broken-front.md", "---\ntitle: Payments\nowners: [a, b\n---\n"+addTitle+"## Executive Summary\n\nText.\n")
			},
			check: linted(hasRule("metadata-format", 3), modelHas("the title", func(d *model.Document) bool { return d.Title != nil })), within: quick,
		},
		{
			name: "binary (NUL bytes)", expected: "refused: binary file (NUL byte) at its line",
			make:  func(t *testing.T) string { return writeHostile(t, "binary.md", addTitle+"A\x00B\x01\x02\n") },
			check: refused("binary.md:3: binary file (NUL byte)"), within: quick,
		},
		{
			name: "invalid UTF-8", expected: "refused: invalid UTF-8 at line:column",
			make:  func(t *testing.T) string { return writeHostile(t, "latin1.md", addTitle+"Caf\xe9 cr\xe8me\n") },
			check: refused("latin1.md:3:4: invalid UTF-8 (byte 0xe9)"), within: quick,
		},
		{
			name: "UTF-16 with BOM", expected: "refused: UTF-16 is not supported, save as UTF-8",
			make: func(t *testing.T) string {
				return writeHostile(t, "utf16.md", "\xff\xfe#\x00 \x00T\x00\n\x00")
			},
			check: refused("utf16.md:1: UTF-16 is not supported; save the file as UTF-8"), within: quick,
		},
		{
			name: "50 MB file", expected: "refused by the size limit from its size, without reading it (well under a second)",
			make: func(t *testing.T) string {
				// Sparse: reading it would be slow, looking at its size is not.
				f, err := os.Create("huge.md")
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := f.Truncate(50 << 20); err != nil {
					t.Fatal(err)
				}
				return "huge.md"
			},
			check: refused("huge.md: file too large: 50 MiB, over the limit of 10 MiB"), within: 500 * time.Millisecond,
		},
		{
			name: "10,000-row table", expected: "linted: one table of 10,000 rows",
			make: func(t *testing.T) string {
				var b strings.Builder
				b.WriteString(addTitle + "| Component | Owner |\n|---|---|\n")
				for i := range 10_000 {
					fmt.Fprintf(&b, "| component %d | team %d |\n", i, i%17)
				}
				return writeHostile(t, "rows.md", b.String())
			},
			check: linted(modelHas("a table of 10,000 rows", func(d *model.Document) bool {
				return len(d.Tables) == 1 && len(d.Tables[0].Rows) == 10_000
			})), within: 5 * time.Second,
		},
		{
			name: "100,000 headings", expected: "parsed into 100,001 sections; the built-in policies then exceed the time limit: an error naming the file and the limit (linted when they are fast enough)",
			make: func(t *testing.T) string {
				var b strings.Builder
				b.WriteString(addTitle)
				for i := range 100_000 {
					fmt.Fprintf(&b, "## Heading %d\n\nText.\n\n", i)
				}
				return writeHostile(t, "headings.md", b.String())
			},
			check: func(o hostileOutcome) string {
				if o.doc == nil || len(o.doc.Sections) != 100_001 {
					return "the model lacks its 100,001 sections"
				}
				if o.file == nil && !strings.Contains(o.err, "headings.md: stopped after 3s, the time limit for one document") {
					return "unexpected error " + o.err
				}
				return ""
			},
			within: hostileEvalTimeout + 10*time.Second, timing: true,
		},
		{
			name: "10,000-deep block quotes", expected: "linted (container prefix capped at 128 bytes per line)",
			make: func(t *testing.T) string {
				return writeHostile(t, "quotes.md", addTitle+strings.Repeat(">", 10_000)+" deep\n"+strings.Repeat("> ", 10_000)+"deeper\n")
			},
			check: linted(), within: quick,
		},
		{
			name: "10,000-deep nested lists", expected: "linted (container prefix capped at 128 bytes per line)",
			make: func(t *testing.T) string {
				var b strings.Builder
				b.WriteString(addTitle)
				b.WriteString(strings.Repeat("- ", 10_000) + "deep\n")
				b.WriteString(strings.Repeat("1. ", 10_000) + "deep\n")
				// A staircase: each item one level deeper, 300 levels.
				for i := range 300 {
					b.WriteString(strings.Repeat("  ", i) + "- item\n")
				}
				return writeHostile(t, "lists.md", b.String())
			},
			check: linted(modelHas("its lists", func(d *model.Document) bool { return len(d.Lists) > 0 })), within: 5 * time.Second,
		},
		{
			name: "1 MB single line", expected: "linted: one paragraph of 1 MB",
			make: func(t *testing.T) string {
				unit := "Some words with *emphasis*, `code` and a [link](https://example.com). " + strings.Repeat("word ", 60)
				return writeHostile(t, "line.md", addTitle+strings.Repeat(unit, 1<<20/len(unit)))
			},
			check: linted(modelHas("its 3 lines", func(d *model.Document) bool { return d.Lines == 3 })), within: 5 * time.Second,
		},
		{
			name: "1 MB single line of emphasis markers (goldmark #555)", expected: "refused quickly: too much inline markup, naming the line",
			make: func(t *testing.T) string {
				return writeHostile(t, "markers.md", addTitle+strings.Repeat("*a_b*c_d**e_f*g**h*i_j**", 1<<20/24))
			},
			check: refused("markers.md:3: too much inline markup to parse: this paragraph and those before it"), within: 5 * time.Second,
		},
		{
			name: "table with 1,000 columns", expected: "linted: one table with 1,000 columns",
			make: func(t *testing.T) string {
				header := "|" + strings.Repeat(" Col |", 1000) + "\n|" + strings.Repeat("---|", 1000) + "\n"
				row := "|" + strings.Repeat(" `v` **w** |", 1000) + "\n"
				return writeHostile(t, "columns.md", addTitle+header+strings.Repeat(row, 20))
			},
			check: linted(modelHas("a table of 1,000 columns", func(d *model.Document) bool {
				return len(d.Tables) == 1 && len(d.Tables[0].Columns) == 1000
			})), within: quick,
		},
		{
			name: "unterminated code fences", expected: "linted: the fence runs to the end of the file, headings inside it are code",
			make: func(t *testing.T) string {
				return writeHostile(t, "fence.md", addTitle+"## Executive Summary\n\n```go\nfunc main() {\n# Not a heading\n~~~\n")
			},
			check: linted(modelHas("one go code block and two sections", func(d *model.Document) bool {
				return len(d.CodeBlocks) == 1 && d.CodeBlocks[0].Lang == "go" && len(d.Sections) == 2
			})), within: quick,
		},
		{
			name: "HTML-heavy document", expected: "linted: HTML blocks, comments, CDATA and unclosed tags are kept out of the prose",
			make: func(t *testing.T) string {
				var b strings.Builder
				b.WriteString(addTitle)
				for i := range 2000 {
					fmt.Fprintf(&b, "<div class=\"x%d\"><table><tr><td>cell</td></tr></table>\n\n", i)
					b.WriteString("<!-- comment --> <span>inline <b>bold</b></span> <script>alert(1)</script>\n\n")
					b.WriteString("<![CDATA[ x ]]> <?php echo 1; ?> <unclosed attr='a\n\n")
				}
				return writeHostile(t, "html.md", b.String())
			},
			check: linted(), within: 5 * time.Second,
		},
		{
			name: "every kind of link and reference definition", expected: "linted: inline, reference, collapsed, shortcut, auto and bare links in the model",
			make: func(t *testing.T) string {
				return writeHostile(t, "links.md", addTitle+`## Links

[inline](https://example.com "title") [full][ref] [collapsed][] [ref] <https://auto.example.com>
<mail@example.com> www.bare.example.com https://bare.example.com/path?q=1 ![image](img.png)
[relative](docs/other.md#anchor) [anchor](#links) [empty]() [spaces](<a b.md>) [unused-def]
[nested [brackets]](x.md) [code `+"`span`"+`](y.md) [missing][nosuch] [broken](#nowhere)

[ref]: https://example.com/ref 'single'
[collapsed]: /collapsed (paren)
[REF]: https://example.com/duplicate
[unused-def]:
  https://example.com/multiline
  "title on the next line"
[bad def]: <unclosed
`)
			},
			check: linted(modelHas("at least 10 links and an image", func(d *model.Document) bool {
				return len(d.Links) >= 10 && len(d.Images) == 1
			}), hasRule("broken-anchor", 0)), within: quick,
		},
		{
			name: "directory symlink loop during a walk", expected: "the walk ends: the links are not followed, the ADD inside is linted once",
			make: func(t *testing.T) string {
				if err := os.MkdirAll("loop/sub", 0o750); err != nil {
					t.Fatal(err)
				}
				writeHostile(t, "loop/sub/looped-add.md", addTitle+"Text.\n")
				for link, target := range map[string]string{"loop/self": ".", "loop/sub/up": "..", "loop/sub/again": "../../loop"} {
					if err := os.Symlink(target, link); err != nil {
						t.Skipf("no symbolic links: %v", err)
					}
				}
				return "loop"
			},
			check: linted(func(o hostileOutcome) string {
				if o.file.Path != "loop/sub/looped-add.md" {
					return "linted " + o.file.Path
				}
				return ""
			}), within: quick,
		},
		{
			name: "FIFO given as a path", expected: "refused without opening it (no hang): a named pipe",
			make: func(t *testing.T) string {
				if err := syscall.Mkfifo("pipe.md", 0o600); err != nil {
					t.Skipf("no named pipes: %v", err)
				}
				return "pipe.md"
			},
			check: refused("pipe.md: not a regular file: it is a named pipe (FIFO)"), within: quick,
		},
		{
			name: "device file given as a path", expected: "refused without reading it: a device",
			make: func(t *testing.T) string {
				if _, err := os.Stat("/dev/zero"); err != nil {
					t.Skip("no /dev/zero")
				}
				return "/dev/zero"
			},
			check: refused("/dev/zero: not a regular file: it is a device"), within: quick,
		},
		{
			name: "path that does not exist", expected: "refused: no such file or directory",
			make:  func(*testing.T) string { return "missing.md" },
			check: refused("missing.md: no such file or directory"), within: quick,
		},
		{
			name: "30,000 suppression comments naming unknown rules", expected: "linted: unknown-rule warnings capped at limits.max-findings plus one note",
			make: func(t *testing.T) string {
				var b strings.Builder
				b.WriteString(addTitle)
				for i := range 30_000 {
					fmt.Fprintf(&b, "<!-- addlint-disable-next-line nosuch-%d -->\nText.\n", i%5)
				}
				return writeHostile(t, "suppressions.md", b.String())
			},
			check: linted(func(o hostileOutcome) string {
				unknown := 0
				for _, f := range o.file.Findings {
					if f.Rule == lint.UnknownRuleID {
						unknown++
					}
				}
				if unknown != 1001 {
					return fmt.Sprintf("%d unknown-rule findings, want 1,000 and a note", unknown)
				}
				return ""
			}), within: 10 * time.Second,
		},
	}
}

// runHostile lints paths with the real parser and the built-in policies, two
// documents at a time.
func runHostile(t *testing.T, engine *policy.Engine, docs *parsedDocs, paths ...string) (*lint.Result, time.Duration) {
	t.Helper()
	return runHostileJobs(t, engine, docs, 2, paths...)
}

// runHostileJobs lints paths with the real parser and the built-in policies,
// jobs documents at a time.
func runHostileJobs(t *testing.T, engine *policy.Engine, docs *parsedDocs, jobs int, paths ...string) (*lint.Result, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	start := time.Now()
	res, err := lint.Run(ctx, lint.Options{Paths: paths, Jobs: jobs, KnownRules: ruleIDs(engine), Parse: docs.parse, Engine: engine})
	elapsed := time.Since(start)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res, elapsed
}

// outcomeOf picks the outcome of path out of a run: its result or its error.
// A walked directory stands for the one file linted under it.
func outcomeOf(res *lint.Result, docs *parsedDocs, path string) hostileOutcome {
	var o hostileOutcome
	for i, f := range res.Files {
		if f.Path == path || strings.HasPrefix(f.Path, path+"/") {
			o.file = &res.Files[i]
			o.doc = docs.doc(f.Path)
		}
	}
	for _, e := range res.Errors {
		if e.Path == path {
			o.err = e.Message
		}
	}
	if o.doc == nil {
		o.doc = docs.doc(path)
	}
	return o
}

// describe says what happened, for the results table.
func (o hostileOutcome) describe() string {
	switch {
	case o.file != nil:
		return fmt.Sprintf("linted, %d findings, in %s", len(o.file.Findings), o.elapsed.Round(time.Millisecond))
	case o.err != "":
		return fmt.Sprintf("error %q, in %s", o.err, o.elapsed.Round(time.Millisecond))
	}
	return "no result"
}

func TestHostileDocuments(t *testing.T) {
	good, err := os.ReadFile("../../testdata/docs/complete-approved.md")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	engine := builtinEngine(t, policy.Options{EvalTimeout: hostileEvalTimeout})
	writeHostile(t, "good-add.md", string(good))

	cases := hostileCases()
	paths := map[string]string{}
	alone := map[string]hostileOutcome{}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.make(t)
			paths[c.name] = path
			docs := &parsedDocs{}
			res, elapsed := runHostile(t, engine, docs, path)
			o := outcomeOf(res, docs, path)
			o.elapsed = elapsed
			alone[c.name] = o
			t.Logf("| %s | %s | %s |", c.name, c.expected, o.describe())
			if problem := c.check(o); problem != "" {
				t.Errorf("%s: %s", c.name, problem)
			}
			if limit := c.within * raceSlowdown; elapsed > limit {
				t.Errorf("%s: took %s, want under %s", c.name, elapsed, limit)
			}
		})
	}

	// Every hostile path in one run, between good documents: each has the
	// outcome it had alone and the good documents are linted as usual.
	t.Run("together", func(t *testing.T) {
		docs := &parsedDocs{}
		lone, _ := runHostile(t, engine, docs, "good-add.md")
		args := []string{"good-add.md"}
		for i, c := range cases {
			if path, ok := paths[c.name]; ok {
				args = append(args, path, writeHostile(t, fmt.Sprintf("good-%02d-add.md", i), string(good)))
			}
		}
		res, _ := runHostile(t, engine, docs, args...)
		for _, c := range cases {
			path, ok := paths[c.name]
			if !ok {
				continue
			}
			got, want := outcomeOf(res, docs, path), alone[c.name]
			if problem := c.check(got); problem != "" {
				t.Errorf("%s: in a run with others: %s", c.name, problem)
			}
			if !c.timing && (!reflect.DeepEqual(got.file, want.file) || got.err != want.err) {
				t.Errorf("%s: in a run with others\n got %s\nwant %s", c.name, got.describe(), want.describe())
			}
		}
		for _, name := range args {
			if !strings.HasPrefix(name, "good-") {
				continue
			}
			got := outcomeOf(res, docs, name)
			if got.file == nil || !reflect.DeepEqual(got.file.Findings, lone.Files[0].Findings) {
				t.Errorf("%s: not linted as when alone: %s", name, got.describe())
			}
		}
		outputs, err := renderAll(reportInput(res, engine))
		if err != nil {
			t.Fatal(err)
		}
		if problems := reportProblems(outputs); len(problems) > 0 {
			t.Errorf("reports: %v", problems)
		}
		for _, e := range res.Errors {
			if !slices.Contains(args, e.Path) {
				t.Errorf("an error for a path not given: %+v", e)
			}
		}
	})
}

func TestOnlyADDsSkipsSymbolicLinksLikeAWalk(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "secret-add.md")
	writeHostile(t, secret, addTitle+"TOKEN=[s3cr3t]\n")
	t.Chdir(t.TempDir())
	if err := os.Symlink(secret, "linked-add.md"); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	writeHostile(t, "plain-add.md", addTitle)
	for _, onlyADDs := range []bool{false, true} {
		res, err := lint.Run(context.Background(), lint.Options{
			Paths: []string{"linked-add.md", "plain-add.md"}, OnlyADDs: onlyADDs,
			Parse: (&parsedDocs{}).parse, Engine: builtinEngine(t, policy.Options{}),
		})
		if err != nil {
			t.Fatal(err)
		}
		var linted []string
		for _, f := range res.Files {
			linted = append(linted, f.Path)
		}
		want := []string{"linked-add.md", "plain-add.md"}
		if onlyADDs {
			want = want[1:]
		}
		if !slices.Equal(linted, want) {
			t.Errorf("OnlyADDs %v: linted %q, want %q", onlyADDs, linted, want)
		}
	}
}
