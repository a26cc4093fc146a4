using System.Globalization;

namespace Luoshi.Storage.Bulk;

/// <summary>Writes a boxed value by its column's type, for rows given as object arrays.</summary>
internal static class BulkValues
{
    public static void Write(IBulkRow row, BulkType type, object? value)
    {
        switch (type)
        {
            case BulkType.Int:
                row.Int(value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture));
                break;
            case BulkType.Long:
                row.Long(value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case BulkType.Decimal:
                row.Decimal(value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case BulkType.Date:
                row.Date((DateOnly?)value);
                break;
            case BulkType.Bool:
                row.Bool((bool?)value);
                break;
            case BulkType.Timestamp:
                row.Timestamp((DateTimeOffset?)value);
                break;
            case BulkType.Double:
                row.Double(value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            default:
                row.Text((string?)value);
                break;
        }
    }
}
