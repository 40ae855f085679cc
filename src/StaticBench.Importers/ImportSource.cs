using System.Text;

namespace StaticBench.Importers;

/// <summary>One input file: <paramref name="Path"/> names it in messages (and, for criterion, says where in the folder it sat).</summary>
public sealed record ImportSource(string Path, byte[] Content)
{
    /// <summary>The content as UTF-8 text, without a byte order mark.</summary>
    public string Text => Encoding.UTF8.GetString(Content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Content.AsSpan(3) : Content);

    /// <summary>The first few hundred characters with leading white space removed, for sniffing.</summary>
    public string Head => Text[..Math.Min(Text.Length, 4096)].TrimStart();

    public static ImportSource FromText(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
