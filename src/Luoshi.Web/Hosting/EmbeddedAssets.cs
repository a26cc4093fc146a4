using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace Luoshi.Web.Hosting;

/// <summary>Serves the style sheet, the page script and ECharts from the assembly (see the project file), with a
/// long cache lifetime: they change only with a new build, and the pages link them with the build's version.</summary>
internal static class EmbeddedAssets
{
    public static IApplicationBuilder UseEmbeddedAssets(this IApplicationBuilder app)
    {
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new WwwrootFiles(typeof(EmbeddedAssets).Assembly),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
    }

    /// <summary>Resources are named "wwwroot/lib/echarts.min.js" by the project file; requests map onto those names.</summary>
    private sealed class WwwrootFiles(Assembly assembly) : IFileProvider
    {
        private readonly DateTimeOffset _built = File.GetLastWriteTimeUtc(assembly.Location);

        public IFileInfo GetFileInfo(string subpath)
        {
            var name = "wwwroot" + subpath;
            return assembly.GetManifestResourceInfo(name) is null
                ? new NotFoundFileInfo(subpath)
                : new ResourceFile(assembly, name, _built);
        }

        public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

        public Microsoft.Extensions.Primitives.IChangeToken Watch(string filter) => NullChangeToken.Singleton;
    }

    private sealed class ResourceFile(Assembly assembly, string name, DateTimeOffset built) : IFileInfo
    {
        public bool Exists => true;

        public long Length
        {
            get
            {
                using var stream = CreateReadStream();
                return stream.Length;
            }
        }

        public string? PhysicalPath => null;

        public string Name => Path.GetFileName(name);

        public DateTimeOffset LastModified => built;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => assembly.GetManifestResourceStream(name)!;
    }
}
