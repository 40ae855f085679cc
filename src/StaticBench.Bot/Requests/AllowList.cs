namespace StaticBench.Bot.Requests;

/// <summary>
/// Who may start a run: GitHub logins, one per line, <c>#</c> starts a comment. Kept in the data
/// repository (<c>bot/allow-list.txt</c>) or a config file, so adding a person is a reviewed commit.
/// Logins compare case-insensitively, as GitHub treats them.
/// </summary>
public sealed class AllowList
{
    private readonly HashSet<string> _logins;

    private AllowList(IEnumerable<string> logins) => _logins = new HashSet<string>(logins, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Logins => _logins;

    public static AllowList Parse(string text) => new(
        text.Split('\n')
            .Select(line => (line.IndexOf('#') is var hash and >= 0 ? line[..hash] : line).Trim())
            .Where(login => login.Length > 0));

    public bool Allows(string login) => _logins.Contains(login);
}
