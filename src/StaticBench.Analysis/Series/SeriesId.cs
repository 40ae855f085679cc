using System.Security.Cryptography;
using System.Text;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>A short stable id for a series (hash of its key), safe in file names, HTML ids and JSON.</summary>
public static class SeriesId
{
    public static string Of(SeriesKey key) => ShortHash(key.ToString());

    /// <summary>The first 10 hex digits of the SHA-256 of <paramref name="text"/>.</summary>
    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
