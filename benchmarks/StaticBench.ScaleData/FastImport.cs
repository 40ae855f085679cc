using System.Diagnostics;
using System.Text;

namespace StaticBench.ScaleData;

/// <summary>
/// Commits through one <c>git fast-import</c> process: thousands of commits cost one process and one
/// pack, where a library call per commit would write loose objects and rewrite refs each time.
/// Author and committer times come from the caller, so the commit ids are reproducible.
/// </summary>
public sealed class FastImport : IDisposable
{
    private const string Branch = "refs/heads/main";
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Task<string> _error;
    private bool _continueBranch;

    /// <param name="gitDir">An existing (bare) repository.</param>
    /// <param name="continueBranch">True: the first commit's parent is the branch's current tip (an append).</param>
    public FastImport(string gitDir, bool continueBranch)
    {
        var start = Git.StartInfo(gitDir, "fast-import", "--quiet", "--done");
        start.RedirectStandardInput = true;
        _process = Process.Start(start)!;
        _input = new BufferedStream(_process.StandardInput.BaseStream, 1 << 20);
        _error = _process.StandardError.ReadToEndAsync();
        _continueBranch = continueBranch;
    }

    /// <summary>One commit on <c>main</c> adding (or replacing) the given files.</summary>
    public void Commit(string message, DateTimeOffset time, IEnumerable<(string Path, ReadOnlyMemory<byte> Content)> files)
    {
        var who = $"StaticBench Scale <scale@example.com> {time.ToUnixTimeSeconds()} +0000";
        Text($"commit {Branch}\nauthor {who}\ncommitter {who}\n");
        Data(Encoding.UTF8.GetBytes(message));
        if (_continueBranch)
        {
            Text($"from {Branch}^0\n");
            _continueBranch = false;
        }

        foreach (var (path, content) in files)
        {
            Text($"M 100644 inline {path}\n");
            Data(content.Span);
        }

        Text("\n");
    }

    /// <summary>Ends the stream and waits until git has written the pack and moved the branch.</summary>
    public void Complete()
    {
        Text("done\n");
        _input.Flush();
        _process.StandardInput.Close();
        _process.WaitForExit();
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git fast-import failed ({_process.ExitCode}): {_error.Result.Trim()}");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private void Data(ReadOnlySpan<byte> bytes)
    {
        Text($"data {bytes.Length}\n");
        _input.Write(bytes);
        _input.WriteByte((byte)'\n');
    }

    private void Text(string text) => _input.Write(Encoding.UTF8.GetBytes(text));
}
