package org.jbeam.vm.beam;

import java.util.List;

/**
 * The generic BEAM instructions, as OTP 25's {@code lib/compiler/src/genop.tab} numbers
 * them: opcode number, name and operand count. This table is the single source of truth for
 * decoding the {@code Code} chunk; the names and arities were produced by OTP 25's own
 * {@code beam_opcodes:opname/1}.
 *
 * <p>Opcodes that {@code genop.tab} marks with a leading {@code -} are {@link #obsolete()}:
 * no OTP 25 compiler emits them and OTP 25's loader refuses them.
 */
public enum GenericOp {
    LABEL(1, "label", 1, false),
    FUNC_INFO(2, "func_info", 3, false),
    INT_CODE_END(3, "int_code_end", 0, false),
    CALL(4, "call", 2, false),
    CALL_LAST(5, "call_last", 3, false),
    CALL_ONLY(6, "call_only", 2, false),
    CALL_EXT(7, "call_ext", 2, false),
    CALL_EXT_LAST(8, "call_ext_last", 3, false),
    BIF0(9, "bif0", 2, false),
    BIF1(10, "bif1", 4, false),
    BIF2(11, "bif2", 5, false),
    ALLOCATE(12, "allocate", 2, false),
    ALLOCATE_HEAP(13, "allocate_heap", 3, false),
    ALLOCATE_ZERO(14, "allocate_zero", 2, false),
    ALLOCATE_HEAP_ZERO(15, "allocate_heap_zero", 3, false),
    TEST_HEAP(16, "test_heap", 2, false),
    INIT(17, "init", 1, false),
    DEALLOCATE(18, "deallocate", 1, false),
    RETURN(19, "return", 0, false),
    SEND(20, "send", 0, false),
    REMOVE_MESSAGE(21, "remove_message", 0, false),
    TIMEOUT(22, "timeout", 0, false),
    LOOP_REC(23, "loop_rec", 2, false),
    LOOP_REC_END(24, "loop_rec_end", 1, false),
    WAIT(25, "wait", 1, false),
    WAIT_TIMEOUT(26, "wait_timeout", 2, false),
    M_PLUS(27, "m_plus", 4, true),
    M_MINUS(28, "m_minus", 4, true),
    M_TIMES(29, "m_times", 4, true),
    M_DIV(30, "m_div", 4, true),
    INT_DIV(31, "int_div", 4, true),
    INT_REM(32, "int_rem", 4, true),
    INT_BAND(33, "int_band", 4, true),
    INT_BOR(34, "int_bor", 4, true),
    INT_BXOR(35, "int_bxor", 4, true),
    INT_BSL(36, "int_bsl", 4, true),
    INT_BSR(37, "int_bsr", 4, true),
    INT_BNOT(38, "int_bnot", 3, true),
    IS_LT(39, "is_lt", 3, false),
    IS_GE(40, "is_ge", 3, false),
    IS_EQ(41, "is_eq", 3, false),
    IS_NE(42, "is_ne", 3, false),
    IS_EQ_EXACT(43, "is_eq_exact", 3, false),
    IS_NE_EXACT(44, "is_ne_exact", 3, false),
    IS_INTEGER(45, "is_integer", 2, false),
    IS_FLOAT(46, "is_float", 2, false),
    IS_NUMBER(47, "is_number", 2, false),
    IS_ATOM(48, "is_atom", 2, false),
    IS_PID(49, "is_pid", 2, false),
    IS_REFERENCE(50, "is_reference", 2, false),
    IS_PORT(51, "is_port", 2, false),
    IS_NIL(52, "is_nil", 2, false),
    IS_BINARY(53, "is_binary", 2, false),
    IS_CONSTANT(54, "is_constant", 2, true),
    IS_LIST(55, "is_list", 2, false),
    IS_NONEMPTY_LIST(56, "is_nonempty_list", 2, false),
    IS_TUPLE(57, "is_tuple", 2, false),
    TEST_ARITY(58, "test_arity", 3, false),
    SELECT_VAL(59, "select_val", 3, false),
    SELECT_TUPLE_ARITY(60, "select_tuple_arity", 3, false),
    JUMP(61, "jump", 1, false),
    CATCH(62, "catch", 2, false),
    CATCH_END(63, "catch_end", 1, false),
    MOVE(64, "move", 2, false),
    GET_LIST(65, "get_list", 3, false),
    GET_TUPLE_ELEMENT(66, "get_tuple_element", 3, false),
    SET_TUPLE_ELEMENT(67, "set_tuple_element", 3, false),
    PUT_STRING(68, "put_string", 3, true),
    PUT_LIST(69, "put_list", 3, false),
    PUT_TUPLE(70, "put_tuple", 2, false),
    PUT(71, "put", 1, false),
    BADMATCH(72, "badmatch", 1, false),
    IF_END(73, "if_end", 0, false),
    CASE_END(74, "case_end", 1, false),
    CALL_FUN(75, "call_fun", 1, false),
    MAKE_FUN(76, "make_fun", 3, true),
    IS_FUNCTION(77, "is_function", 2, false),
    CALL_EXT_ONLY(78, "call_ext_only", 2, false),
    BS_START_MATCH(79, "bs_start_match", 2, true),
    BS_GET_INTEGER(80, "bs_get_integer", 5, true),
    BS_GET_FLOAT(81, "bs_get_float", 5, true),
    BS_GET_BINARY(82, "bs_get_binary", 5, true),
    BS_SKIP_BITS(83, "bs_skip_bits", 4, true),
    BS_TEST_TAIL(84, "bs_test_tail", 2, true),
    BS_SAVE(85, "bs_save", 1, true),
    BS_RESTORE(86, "bs_restore", 1, true),
    BS_INIT(87, "bs_init", 2, true),
    BS_FINAL(88, "bs_final", 2, true),
    BS_PUT_INTEGER(89, "bs_put_integer", 5, false),
    BS_PUT_BINARY(90, "bs_put_binary", 5, false),
    BS_PUT_FLOAT(91, "bs_put_float", 5, false),
    BS_PUT_STRING(92, "bs_put_string", 2, false),
    BS_NEED_BUF(93, "bs_need_buf", 1, true),
    FCLEARERROR(94, "fclearerror", 0, false),
    FCHECKERROR(95, "fcheckerror", 1, false),
    FMOVE(96, "fmove", 2, false),
    FCONV(97, "fconv", 2, false),
    FADD(98, "fadd", 4, false),
    FSUB(99, "fsub", 4, false),
    FMUL(100, "fmul", 4, false),
    FDIV(101, "fdiv", 4, false),
    FNEGATE(102, "fnegate", 3, false),
    MAKE_FUN2(103, "make_fun2", 1, false),
    TRY(104, "try", 2, false),
    TRY_END(105, "try_end", 1, false),
    TRY_CASE(106, "try_case", 1, false),
    TRY_CASE_END(107, "try_case_end", 1, false),
    RAISE(108, "raise", 2, false),
    BS_INIT2(109, "bs_init2", 6, false),
    BS_BITS_TO_BYTES(110, "bs_bits_to_bytes", 3, true),
    BS_ADD(111, "bs_add", 5, false),
    APPLY(112, "apply", 1, false),
    APPLY_LAST(113, "apply_last", 2, false),
    IS_BOOLEAN(114, "is_boolean", 2, false),
    IS_FUNCTION2(115, "is_function2", 3, false),
    BS_START_MATCH2(116, "bs_start_match2", 5, false),
    BS_GET_INTEGER2(117, "bs_get_integer2", 7, false),
    BS_GET_FLOAT2(118, "bs_get_float2", 7, false),
    BS_GET_BINARY2(119, "bs_get_binary2", 7, false),
    BS_SKIP_BITS2(120, "bs_skip_bits2", 5, false),
    BS_TEST_TAIL2(121, "bs_test_tail2", 3, false),
    BS_SAVE2(122, "bs_save2", 2, false),
    BS_RESTORE2(123, "bs_restore2", 2, false),
    GC_BIF1(124, "gc_bif1", 5, false),
    GC_BIF2(125, "gc_bif2", 6, false),
    BS_FINAL2(126, "bs_final2", 2, true),
    BS_BITS_TO_BYTES2(127, "bs_bits_to_bytes2", 2, true),
    PUT_LITERAL(128, "put_literal", 2, true),
    IS_BITSTR(129, "is_bitstr", 2, false),
    BS_CONTEXT_TO_BINARY(130, "bs_context_to_binary", 1, false),
    BS_TEST_UNIT(131, "bs_test_unit", 3, false),
    BS_MATCH_STRING(132, "bs_match_string", 4, false),
    BS_INIT_WRITABLE(133, "bs_init_writable", 0, false),
    BS_APPEND(134, "bs_append", 8, false),
    BS_PRIVATE_APPEND(135, "bs_private_append", 6, false),
    TRIM(136, "trim", 2, false),
    BS_INIT_BITS(137, "bs_init_bits", 6, false),
    BS_GET_UTF8(138, "bs_get_utf8", 5, false),
    BS_SKIP_UTF8(139, "bs_skip_utf8", 4, false),
    BS_GET_UTF16(140, "bs_get_utf16", 5, false),
    BS_SKIP_UTF16(141, "bs_skip_utf16", 4, false),
    BS_GET_UTF32(142, "bs_get_utf32", 5, false),
    BS_SKIP_UTF32(143, "bs_skip_utf32", 4, false),
    BS_UTF8_SIZE(144, "bs_utf8_size", 3, false),
    BS_PUT_UTF8(145, "bs_put_utf8", 3, false),
    BS_UTF16_SIZE(146, "bs_utf16_size", 3, false),
    BS_PUT_UTF16(147, "bs_put_utf16", 3, false),
    BS_PUT_UTF32(148, "bs_put_utf32", 3, false),
    ON_LOAD(149, "on_load", 0, false),
    RECV_MARK(150, "recv_mark", 1, false),
    RECV_SET(151, "recv_set", 1, false),
    GC_BIF3(152, "gc_bif3", 7, false),
    LINE(153, "line", 1, false),
    PUT_MAP_ASSOC(154, "put_map_assoc", 5, false),
    PUT_MAP_EXACT(155, "put_map_exact", 5, false),
    IS_MAP(156, "is_map", 2, false),
    HAS_MAP_FIELDS(157, "has_map_fields", 3, false),
    GET_MAP_ELEMENTS(158, "get_map_elements", 3, false),
    IS_TAGGED_TUPLE(159, "is_tagged_tuple", 4, false),
    BUILD_STACKTRACE(160, "build_stacktrace", 0, false),
    RAW_RAISE(161, "raw_raise", 0, false),
    GET_HD(162, "get_hd", 2, false),
    GET_TL(163, "get_tl", 2, false),
    PUT_TUPLE2(164, "put_tuple2", 2, false),
    BS_GET_TAIL(165, "bs_get_tail", 3, false),
    BS_START_MATCH3(166, "bs_start_match3", 4, false),
    BS_GET_POSITION(167, "bs_get_position", 3, false),
    BS_SET_POSITION(168, "bs_set_position", 2, false),
    SWAP(169, "swap", 2, false),
    BS_START_MATCH4(170, "bs_start_match4", 4, false),
    MAKE_FUN3(171, "make_fun3", 3, false),
    INIT_YREGS(172, "init_yregs", 1, false),
    RECV_MARKER_BIND(173, "recv_marker_bind", 2, false),
    RECV_MARKER_CLEAR(174, "recv_marker_clear", 1, false),
    RECV_MARKER_RESERVE(175, "recv_marker_reserve", 1, false),
    RECV_MARKER_USE(176, "recv_marker_use", 1, false),
    BS_CREATE_BIN(177, "bs_create_bin", 6, false),
    CALL_FUN2(178, "call_fun2", 3, false),
    NIF_START(179, "nif_start", 0, false),
    BADRECORD(180, "badrecord", 1, false);

    /** The highest opcode number OTP 25 knows ({@code badrecord}). */
    public static final int MAX_OPCODE = 180;

    private static final GenericOp[] BY_NUMBER = new GenericOp[MAX_OPCODE + 1];

    static {
        for (GenericOp op : values()) {
            BY_NUMBER[op.number] = op;
        }
    }

    private final int number;
    private final String opName;
    private final int arity;
    private final boolean obsolete;

    GenericOp(int number, String opName, int arity, boolean obsolete) {
        this.number = number;
        this.opName = opName;
        this.arity = arity;
        this.obsolete = obsolete;
    }

    /** The opcode number written in the {@code Code} chunk. */
    public int number() {
        return number;
    }

    /** The name {@code genop.tab} gives, e.g. {@code call_ext}. */
    public String opName() {
        return opName;
    }

    /** The number of operands that follow the opcode byte. */
    public int arity() {
        return arity;
    }

    /** Whether OTP 25 refuses this opcode (marked {@code -} in {@code genop.tab}). */
    public boolean obsolete() {
        return obsolete;
    }

    /** The op with {@code number}, or {@code null} when OTP 25 defines none. */
    public static GenericOp byNumber(int number) {
        return number > 0 && number <= MAX_OPCODE ? BY_NUMBER[number] : null;
    }

    /** All ops in opcode order. */
    public static List<GenericOp> all() {
        return List.of(values());
    }
}
