using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Households.Schema;

/// <summary>Amounts of money in yuan are stored as whole fen (分, 1/100 yuan) in a 64-bit integer: SQLite keeps a
/// decimal as text, which compares as text, and comparing millions of incomes with the line must be a plain integer
/// comparison on both providers.</summary>
internal static class Fen
{
    public static long Of(decimal yuan) => decimal.ToInt64(yuan * 100m);

    public static decimal ToYuan(long fen) => fen / 100m;

    public static PropertyBuilder<decimal> StoredAsFen(this PropertyBuilder<decimal> property) =>
        property.HasConversion(v => Of(v), v => ToYuan(v));

    public static PropertyBuilder<decimal?> StoredAsFen(this PropertyBuilder<decimal?> property) =>
        property.HasConversion(v => v.HasValue ? Of(v.Value) : (long?)null, v => v.HasValue ? ToYuan(v.Value) : null);
}
