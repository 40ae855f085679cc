using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Dynamic;
using System.Reflection;
using System.Text.Json;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.ObjectDescriptors;
using HandlebarsDotNet.PathStructure;

namespace StaticBench.Site.Templates;

/// <summary>
/// How templates read a page model's members (<c>{{Site.Title}}</c>): by <see cref="PropertyInfo.GetValue(object)"/>,
/// looked up once per type and name, case-insensitively as Handlebars does. Handlebars.Net's own reader builds a typed
/// delegate per property with <c>MakeGenericMethod</c>, which a native (ahead-of-time) build cannot do for a property of
/// a value type; this one runs the same in both builds. Collections, dictionaries, strings, JSON and
/// dynamic objects keep Handlebars' readers.
/// </summary>
internal sealed class ModelProperties : IObjectDescriptorProvider
{
    public bool TryGetDescriptor(Type type, [NotNullWhen(true)] out ObjectDescriptor? value)
    {
        if (type.IsPrimitive || type == typeof(string) || type == typeof(JsonElement)
            || typeof(IEnumerable).IsAssignableFrom(type) || typeof(IDynamicMetaObjectProvider).IsAssignableFrom(type))
        {
            value = ObjectDescriptor.Empty;
            return false;
        }

        var members = new Members(type);
        value = new ObjectDescriptor(type, members, (_, _) => members.Names, self => new ObjectIterator(self));
        return true;
    }

    private sealed class Members(Type type) : IMemberAccessor
    {
        private readonly ConcurrentDictionary<ChainSegment, MemberInfo?> _byName = new(ChainSegment.EqualityComparer);

        public ChainSegment[] Names { get; } = Readable(type).Select(member => ChainSegment.Create(member.Name)).ToArray();

        public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
        {
            var member = _byName.GetOrAdd(memberName, static (name, type) =>
                Readable(type).FirstOrDefault(m => string.Equals(m.Name, name.TrimmedValue, StringComparison.OrdinalIgnoreCase)), type);
            value = member switch
            {
                PropertyInfo property => property.GetValue(instance),
                FieldInfo field => field.GetValue(instance),
                _ => null,
            };
            return member is not null;
        }

        // A model's type is known only from the object at hand; the native build keeps the members of every type in
        // the assemblies the models come from (TrimmerRootAssembly in StaticBench.Cli.csproj).
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Model assemblies are rooted whole.")]
        private static IEnumerable<MemberInfo> Readable(Type type) =>
            type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                .Where(property => property.CanRead && property.GetIndexParameters().Length == 0)
                .Concat<MemberInfo>(type.GetFields(BindingFlags.Instance | BindingFlags.Public));
    }
}
