package org.jbeam.bench.load;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LiteralArea;
import org.jbeam.vm.loader.LoadedModule;

/**
 * One measured unit of loading: fresh atom, export and fun tables (as a VM starting up has),
 * the real loader with literal decoding, and every literal area freed at the end.
 */
final class StdlibLoading implements AutoCloseable {
    private final ExportTable exports = new ExportTable();
    private final FunTable funs = new FunTable();
    private final BeamLoader loader = new BeamLoader(new AtomTable(), exports, funs);
    private final List<LiteralArea> areas = new ArrayList<>();

    LoadedModule load(String source, byte[] bytes) throws BeamLoadException {
        LoadedModule module = loader.load(source, bytes);
        module.literalArea().ifPresent(areas::add);
        return module;
    }

    @Override
    public void close() {
        areas.forEach(LiteralArea::close);
        exports.close();
        funs.close();
    }
}
