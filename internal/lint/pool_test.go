package lint

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/model"
)

func TestOrderIsStableAcrossJobs(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	var order []string
	for i := range 200 {
		name := fmt.Sprintf("d%03d/add-%d.md", (i*37)%200, i)
		var b strings.Builder
		b.WriteString("# Architecture Design Document: Doc " + fmt.Sprint(i) + "\n")
		// A varying number of findings so that documents take different times.
		for j := range i % 17 {
			fmt.Fprintf(&b, "%s !placeholder !title\n", strings.Repeat(" ", j%5))
		}
		switch i % 50 {
		case 7:
			b.WriteString("!eval-error\n")
		case 13:
			b.WriteString("PARSE-ERROR\n")
		case 21:
			b.WriteString("<!-- addlint-disable-file placeholder, bogus -->\n")
		}
		if i%3 == 0 {
			b.WriteString("**Status**: Draft\n")
		}
		files[name] = b.String()
		order = append(order, name)
	}
	writeFiles(t, dir, files)
	t.Chdir(dir)

	for _, paths := range [][]string{order, {"."}} {
		serial := lintWith(t, Options{Paths: paths, Jobs: 1})
		parallel := lintWith(t, Options{Paths: paths, Jobs: 8})
		if len(serial.Files) < 180 || len(serial.Errors) != 8 {
			t.Fatalf("%d files and %d errors, want about 192 and 8", len(serial.Files), len(serial.Errors))
		}
		if !reflect.DeepEqual(serial, parallel) {
			t.Errorf("Jobs 1 and Jobs 8 differ for paths %v", paths[:1])
		}
	}
	var wantOrder []string
	for i, name := range order {
		if i%50 != 7 && i%50 != 13 {
			wantOrder = append(wantOrder, name)
		}
	}
	res := lintWith(t, Options{Paths: order, Jobs: 8})
	if got := paths(res); !reflect.DeepEqual(got, wantOrder) {
		t.Errorf("files are not in input order")
	}
}

func TestCancellationStopsThePool(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	var order []string
	for i := range 50 {
		name := fmt.Sprintf("f%02d.md", i)
		files[name] = "# Architecture Design Document\n!block\n"
		order = append(order, name)
	}
	writeFiles(t, dir, files)
	t.Chdir(dir)

	engine := &fakeEngine{}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := Run(ctx, Options{Paths: order, Jobs: 4, Parse: fakeParse, Engine: engine})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run error = %v, want context.Canceled", err)
	}
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("Run took %v after cancellation", elapsed)
	}
	if calls := engine.calls.Load(); calls > 8 {
		t.Errorf("%d documents evaluated after cancellation, want at most the 4 in flight (plus a few handed out)", calls)
	}

	done, stop := context.WithCancel(context.Background())
	stop()
	if _, err := Run(done, Options{Paths: order, Parse: fakeParse, Engine: engine}); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context: %v", err)
	}
}

func TestRunNeedsParserAndEngine(t *testing.T) {
	if _, err := Run(context.Background(), Options{Parse: fakeParse}); err == nil {
		t.Error("Run without an engine succeeded")
	}
	if _, err := Run(context.Background(), Options{Engine: &fakeEngine{}}); err == nil {
		t.Error("Run without a parser succeeded")
	}
}

func TestRunPool(t *testing.T) {
	for _, jobs := range []int{0, 1, 3, 100} {
		got := runPool(context.Background(), jobs, 10, func(_ context.Context, i int) outcome {
			time.Sleep(time.Duration(10-i) * time.Millisecond)
			return outcome{file: &model.FileResult{Path: fmt.Sprint(i)}}
		})
		for i, o := range got {
			if o.file == nil || o.file.Path != fmt.Sprint(i) {
				t.Errorf("jobs %d: outcome %d = %+v", jobs, i, o.file)
			}
		}
	}
	if got := runPool(context.Background(), 4, 0, nil); len(got) != 0 {
		t.Errorf("no work: %d outcomes", len(got))
	}
}
