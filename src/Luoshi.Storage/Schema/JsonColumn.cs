using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema;

/// <summary>Stores a list as a JSON text column, the same on both providers, so the bulk import's raw SQL writes
/// one plain string whatever the database (PostgreSQL would otherwise map strings to text[]).</summary>
internal static class JsonColumn
{
    // Chinese stays readable in the column instead of \uXXXX escapes.
    internal static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property)
    {
        var comparer = new ValueComparer<List<T>>(
            (a, b) => a!.SequenceEqual(b!),
            v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
            v => v.ToList());
        return property
            .HasConversion(v => Serialize(v), s => Deserialize<T>(s), comparer)
            .IsRequired();
    }

    public static string Serialize<T>(List<T> value) => JsonSerializer.Serialize(value, Options);

    public static List<T> Deserialize<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}
