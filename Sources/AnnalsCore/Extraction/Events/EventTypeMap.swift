/// A value for some of the event types, held in place: the event stage keeps six such maps for
/// every sentence with a trigger (triggers, dates, places, ... by type).
///
/// Why not `[EventType: Value]`: each dictionary allocated its storage and hashed the type on
/// every access, thousands of instructions a sentence for at most seven keys. Here a type picks
/// its own stored slot. Same answers as the dictionary; there is no iteration (the callers keep
/// the order of types themselves). O(1) an access.
struct EventTypeMap<Value> {
    private var attack: Value?
    private var battle: Value?
    private var war: Value?
    private var displacement: Value?
    private var agreement: Value?
    private var commemoration: Value?
    private var other: Value?

    init() {}

    subscript(_ type: EventType) -> Value? {
        get {
            switch type {
            case .attack: return attack
            case .battle: return battle
            case .war: return war
            case .displacement: return displacement
            case .agreement: return agreement
            case .commemoration: return commemoration
            case .other: return other
            }
        }
        set {
            switch type {
            case .attack: attack = newValue
            case .battle: battle = newValue
            case .war: war = newValue
            case .displacement: displacement = newValue
            case .agreement: agreement = newValue
            case .commemoration: commemoration = newValue
            case .other: other = newValue
            }
        }
    }

    /// The value for `type`, or `defaultValue` when there is none; modified in place (the slot is
    /// emptied while the value is lent out, so an array value is not copied to be changed).
    subscript(_ type: EventType, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[type] ?? defaultValue() }
        _modify {
            var value = self[type] ?? defaultValue()
            self[type] = nil
            defer { self[type] = value }
            yield &value
        }
    }
}
