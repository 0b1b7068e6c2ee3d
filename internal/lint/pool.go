package lint

import (
	"context"
	"sync"

	"github.com/addlint/addlint/internal/model"
)

// outcome is what linting one target produced: a result, an error, or
// nothing (a walked file that is not an ADD, or a cancelled run).
type outcome struct {
	file *model.FileResult
	err  *model.FileError
}

// runPool calls work for 0..n-1 from at most jobs goroutines and returns the
// outcomes in index order. It stops handing out work once ctx is done.
func runPool(ctx context.Context, jobs, n int, work func(ctx context.Context, i int) outcome) []outcome {
	outcomes := make([]outcome, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(max(jobs, 1), n) {
		wg.Go(func() {
			for i := range next {
				if ctx.Err() == nil {
					outcomes[i] = work(ctx, i)
				}
			}
		})
	}
feed:
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	return outcomes
}
