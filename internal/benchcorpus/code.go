package benchcorpus

import (
	"fmt"
	"strings"
)

// componentCode returns the skeleton of a component in the document's
// language, as the template's Component Architecture shows it.
func componentCode(lang string, c component) string {
	entity := camel(c.entity.name)
	name := strings.ReplaceAll(c.name, " ", "")
	switch lang {
	case "go":
		return fmt.Sprintf(`// %[1]s %[3]s.
type %[1]s struct {
	store   %[2]sStore
	cache   Cache
	events  Publisher
	timeout time.Duration
}

// %[2]sStore reads and writes %[4]s records.
type %[2]sStore interface {
	Get(ctx context.Context, id uuid.UUID) (*%[2]s, error)
	Create(ctx context.Context, v *%[2]s) error
	Update(ctx context.Context, v *%[2]s, version int) error
}
`, name, entity, c.purpose, words(c.entity.name))
	case "rust":
		return fmt.Sprintf(`// %[3]s
pub struct %[1]s {
    store: Arc<dyn %[2]sRepository>,
    cache: Arc<dyn CacheRepository>,
    events: EventPublisher,
}

#[async_trait]
pub trait %[2]sRepository: Send + Sync {
    async fn find_by_id(&self, id: &Uuid) -> Result<Option<%[2]s>, DatabaseError>;
    async fn create(&self, value: &New%[2]s) -> Result<%[2]s, DatabaseError>;
    async fn update(&self, value: &%[2]s) -> Result<%[2]s, DatabaseError>;
}
`, name, entity, upperFirst(c.purpose))
	case "kotlin":
		return fmt.Sprintf(`// %[3]s
class %[1]s(
    private val repository: %[2]sRepository,
    private val events: EventPublisher,
    private val timeout: Duration = 2.seconds,
) {
    suspend fun create(request: New%[2]s): %[2]s {
        val created = repository.insert(request.validated())
        events.publish(%[2]sCreated(created.id))
        return created
    }
}
`, name, entity, upperFirst(c.purpose))
	case "java":
		return fmt.Sprintf(`// %[3]s
public final class %[1]s {
    private final %[2]sRepository repository;
    private final EventPublisher events;
    private final Duration timeout;

    public %[2]s create(New%[2]s request) {
        var created = repository.insert(request.validated());
        events.publish(new %[2]sCreated(created.id()));
        return created;
    }
}
`, name, entity, upperFirst(c.purpose))
	case "typescript":
		return fmt.Sprintf(`// %[3]s
export class %[1]s {
  constructor(
    private readonly repository: %[2]sRepository,
    private readonly events: EventPublisher,
    private readonly timeoutMs = 2000,
  ) {}

  async create(input: New%[2]s): Promise<%[2]s> {
    const created = await this.repository.insert(validate(input));
    await this.events.publish({ type: "%[4]s.created", id: created.id });
    return created;
  }
}
`, name, entity, upperFirst(c.purpose), c.entity.name)
	default:
		return fmt.Sprintf(`# %[3]s
class %[1]s:
    def __init__(self, repository: %[2]sRepository, events: EventPublisher) -> None:
        self._repository = repository
        self._events = events

    async def create(self, request: New%[2]s) -> %[2]s:
        created = await self._repository.insert(request.validated())
        await self._events.publish("%[4]s.created", created.id)
        return created
`, name, entity, upperFirst(c.purpose), c.entity.name)
	}
}

// openAPIType maps a SQL column type to an OpenAPI type and format.
func openAPIType(sqlType string) (typ, format string) {
	switch t := strings.Fields(sqlType)[0]; {
	case t == "UUID":
		return "string", "uuid"
	case t == "BIGINT" || t == "INTEGER" || t == "SMALLINT":
		return "integer", ""
	case t == "BOOLEAN":
		return "boolean", ""
	case t == "TIMESTAMPTZ":
		return "string", "date-time"
	case t == "DATE":
		return "string", "date"
	case t == "DOUBLE" || t == "NUMERIC":
		return "number", ""
	case strings.HasSuffix(t, "[]"):
		return "array", ""
	}
	return "string", ""
}
