// A bpmn-js module for Cockpit's diagrams (config.js, bpmnJs.additionalModules). Cockpit fits the
// whole model into its pane, so a case's longer models shrink below reading size. Once Cockpit has
// drawn its counts, a model shown smaller than READABLE is shown at that size instead, centred on
// the first step where work is open (a count on the diagram), or on its start.
const READABLE = 0.9;

function ReadableDiagram(eventBus, canvas, elementRegistry) {
  function centreOf(element) {
    return { x: element.x + (element.width || 0) / 2, y: element.y + (element.height || 0) / 2 };
  }

  function openWork() {
    const container = canvas.getContainer();
    const counted = [...container.querySelectorAll('.djs-overlays')]
      .find((overlays) => [...overlays.querySelectorAll('.instance-count')].some((count) => count.textContent.trim()));
    const id = counted && counted.getAttribute('data-container-id');
    return (id && elementRegistry.get(id))
      || elementRegistry.filter((element) => element.type === 'bpmn:StartEvent')
        .sort((one, other) => one.x - other.x)[0];
  }

  function readable() {
    const box = canvas.viewbox();
    const focus = openWork();
    if (box.scale >= READABLE || !focus) {
      return;
    }
    const { x, y } = centreOf(focus);
    const width = box.outer.width / READABLE;
    const height = box.outer.height / READABLE;
    canvas.viewbox({ x: x - width / 2, y: y - height / 2, width, height });
  }

  eventBus.on('import.done', () => setTimeout(readable, 1500));
}
ReadableDiagram.$inject = ['eventBus', 'canvas', 'elementRegistry'];

export default {
  __init__: ['readableDiagram'],
  readableDiagram: ['type', ReadableDiagram]
};
