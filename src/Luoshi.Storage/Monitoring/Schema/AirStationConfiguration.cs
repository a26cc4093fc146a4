using Luoshi.Storage.Monitoring.Stations;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Monitoring.Schema;

/// <summary>air_stations: code unique; sets as a JSON list, like a unit's aliases.</summary>
internal sealed class AirStationConfiguration : IEntityTypeConfiguration<AirStation>
{
    public void Configure(EntityTypeBuilder<AirStation> builder)
    {
        builder.ToTable("air_stations");
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(100);
        builder.Property(s => s.Sets).HasJsonConversion();
    }
}
