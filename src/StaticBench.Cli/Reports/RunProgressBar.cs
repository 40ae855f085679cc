using System.Diagnostics;
using Spectre.Console;
using StaticBench.Runner.Running;

namespace StaticBench.Cli.Reports;

/// <summary>
/// Progress on stderr, so <c>--format json</c> on stdout stays clean: a live bar with elapsed and
/// remaining time on a terminal, and otherwise (CI logs, tests) a line at every tenth of the way or
/// every 30 seconds, whichever comes first, with the elapsed time and an estimate of what is left.
/// </summary>
public sealed class RunProgressBar(TextWriter error, bool interactive)
{
    /// <summary>A plain progress line is written at least this often while samples complete.</summary>
    public static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(30);

    public async Task<T> RunAsync<T>(Func<IProgress<RunProgress>, Task<T>> work)
    {
        if (!interactive)
        {
            return await work(new LineProgress(error, Stopwatch.StartNew()));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("samples");
                return await work(new BarProgress(task));
            });
    }

    /// <summary><c>1:05</c>, or <c>1:02:05</c> past an hour.</summary>
    public static string Clock(TimeSpan time) =>
        time.TotalHours >= 1 ? $"{(int)time.TotalHours}:{time:mm\\:ss}" : $"{(int)time.TotalMinutes}:{time:ss}";

    private sealed class BarProgress(ProgressTask task) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            task.MaxValue = value.Total;
            task.Value = value.Done;
            task.Description = Markup.Escape(value.Current);
        }
    }

    private sealed class LineProgress(TextWriter error, Stopwatch clock) : IProgress<RunProgress>
    {
        private int _lastTenth = -1;
        private TimeSpan _lastLine = TimeSpan.Zero;

        public void Report(RunProgress value)
        {
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            var elapsed = clock.Elapsed;
            if (tenth == _lastTenth && elapsed - _lastLine < LineInterval)
            {
                return;
            }

            (_lastTenth, _lastLine) = (tenth, elapsed);
            var percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
            var left = value.Done > 0 && value.Done < value.Total
                ? $", about {Clock(elapsed / value.Done * (value.Total - value.Done))} left"
                : "";
            error.WriteLine($"progress: {value.Done}/{value.Total} samples ({percent}%), {Clock(elapsed)} elapsed{left} ({value.Current})");
        }
    }
}
