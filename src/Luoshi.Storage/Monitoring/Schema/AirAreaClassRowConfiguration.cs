using Luoshi.Storage.Monitoring.Air;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Monitoring.Schema;

/// <summary>air_area_classes: one row per scope the office has set a class for.</summary>
internal sealed class AirAreaClassRowConfiguration : IEntityTypeConfiguration<AirAreaClassRow>
{
    public void Configure(EntityTypeBuilder<AirAreaClassRow> builder)
    {
        builder.ToTable("air_area_classes");
        builder.HasKey(r => r.Scope);
        builder.Property(r => r.Scope).HasMaxLength(100);
    }
}
