using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// A project commit's subject as a result file may hold it: the first line, with any control character
/// (a terminal escape, a stray carriage return) replaced by a space. The result format refuses control
/// characters, and a runner must not write a file that <c>record</c> would then refuse.
/// </summary>
internal static class CommitSubject
{
    public static string Of(Commit commit)
    {
        var subject = string.Create(commit.MessageShort.Length, commit.MessageShort, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) ? ' ' : text[i];
            }
        }).Trim();
        return subject.Length > 0 ? subject : "(no subject)";
    }
}
