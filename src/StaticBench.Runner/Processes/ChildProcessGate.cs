namespace StaticBench.Runner.Processes;

/// <summary>
/// Lets the children of this process run side by side, except one whose CPU time is measured: it starts
/// only when no other child is running, and no other starts until it has been reaped. The CPU clock of
/// children (<see cref="ChildrenCpuClock"/>) adds up every child reaped, so only then is its difference
/// across one run that run's own. Waiters are admitted in arrival order, so a measured run is not
/// starved by a stream of others, nor they by it.
/// </summary>
/// <remarks>
/// One per OS process (<see cref="Children"/>), because the clock is per OS process. It sees only the
/// children started by <see cref="ProcessRunner"/>, which is every child StaticBench starts.
/// </remarks>
internal sealed class ChildProcessGate
{
    private readonly object sync = new();
    private readonly Queue<Waiter> waiting = new();
    private int running;
    private bool alone;

    /// <summary>The gate of every <see cref="ProcessRunner"/> in this process.</summary>
    public static ChildProcessGate Children { get; } = new();

    /// <summary>Waits for a turn; dispose the result once the child has been reaped.</summary>
    /// <param name="alone">True for a run whose CPU time is measured.</param>
    /// <param name="cancellationToken">Gives up waiting (then nothing is to be disposed).</param>
    public async Task<IDisposable> EnterAsync(bool alone, CancellationToken cancellationToken = default)
    {
        var waiter = new Waiter(alone);
        lock (sync)
        {
            waiting.Enqueue(waiter);
            Admit();
        }

        await using (cancellationToken.Register(() => Cancel(waiter)))
        {
            await waiter.Turn.Task;
        }

        return new Pass(this, alone);
    }

    private void Cancel(Waiter waiter)
    {
        if (waiter.Turn.TrySetCanceled())
        {
            lock (sync)
            {
                Admit(); // it may have been first in line, holding up others
            }
        }
    }

    private void Leave(bool wasAlone)
    {
        lock (sync)
        {
            if (wasAlone)
            {
                alone = false;
            }
            else
            {
                running--;
            }

            Admit();
        }
    }

    /// <summary>Lets in waiters from the front of the line while they fit (called under the lock).</summary>
    private void Admit()
    {
        while (waiting.TryPeek(out var next))
        {
            if (next.Turn.Task.IsCanceled)
            {
                waiting.Dequeue();
                continue;
            }

            if (alone || (next.Alone && running > 0))
            {
                return;
            }

            waiting.Dequeue();
            if (!next.Turn.TrySetResult())
            {
                continue; // cancelled just now
            }

            if (next.Alone)
            {
                alone = true;
            }
            else
            {
                running++;
            }
        }
    }

    private sealed class Waiter(bool alone)
    {
        public bool Alone => alone;

        public TaskCompletionSource Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Pass(ChildProcessGate gate, bool alone) : IDisposable
    {
        private int left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref left, 1) == 0)
            {
                gate.Leave(alone);
            }
        }
    }
}
