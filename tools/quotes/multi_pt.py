# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the multilingual quotes check set (fictional; see check_set_multi.py)."""

ARTICLES = [
    ([
        "Ferry para a ilha da Brava vai continuar",
        "A Câmara Municipal de Porto Lenho aprovou na terça-feira a manutenção da ligação de ferry à ilha da Brava por mais cinco anos.",
        "“Este barco é o nosso cordão umbilical”, disse Margarida Dias, que gere a mercearia da ilha. “Sem ele, a escola fecha e as famílias jovens vão-se embora.”",
        "O presidente da câmara, Pedro Vidal, admitiu que a decisão não foi fácil. “Estudámos todas as opções, incluindo um barco mais pequeno”, explicou.",
    ], [
        ("Este barco é o nosso cordão umbilical", "Margarida Dias", "disse"),
        ("Sem ele, a escola fecha e as famílias jovens vão-se embora.", "Margarida Dias", None),
        ("Estudámos todas as opções, incluindo um barco mais pequeno", "Pedro Vidal", "explicou"),
    ]),
    ([
        "Listas de espera nos hospitais descem",
        "Pela primeira vez em dez anos, as listas de espera nos hospitais da região desceram, segundo dados publicados na segunda-feira.",
        "A ministra da Saúde, Raquel Amaral, disse aos jornalistas: “Os profissionais fizeram milagres. Mas ninguém pense que o trabalho está feito.”",
        "O deputado da oposição Daniel Fontes classificou os números como “uma gota no oceano”.",
        "“A minha mãe esperou catorze meses por uma prótese no joelho”, contou Sónia Ramos, professora em Viseu.",
    ], [
        ("Os profissionais fizeram milagres. Mas ninguém pense que o trabalho está feito.", "A ministra da Saúde, Raquel Amaral", "disse"),
        ("uma gota no oceano", "O deputado da oposição Daniel Fontes", "classificou os números como"),
        ("A minha mãe esperou catorze meses por uma prótese no joelho", "Sónia Ramos", "contou"),
    ]),
    ([
        "Neve fecha estrada na serra",
        "A estrada da serra da Estrela esteve fechada durante a noite depois de mais de quarenta viaturas terem ficado presas na neve.",
        "Segundo o comandante dos bombeiros Tomás Gaspar, as equipas chegaram ao último carro pouco antes do amanhecer.",
        "“Estão todos bem, e é isso que importa”, garantiu à Rádio Renascença.",
        "“Ligávamos o motor dez minutos a cada hora para não congelar”, relatou o camionista Ernesto Martins.",
    ], [
        ("Estão todos bem, e é isso que importa", "Tomás Gaspar", "garantiu"),
        ("Ligávamos o motor dez minutos a cada hora para não congelar", "o camionista Ernesto Martins", "relatou"),
    ]),
    ([
        "Greve na fábrica de engarrafamento",
        "Cerca de 300 trabalhadores da fábrica de engarrafamento de Dornes pararam na sexta-feira em protesto contra os novos turnos.",
        "“A administração mudou os nossos horários sem perguntar a nenhum de nós”, denunciou a delegada sindical Carla Nunes.",
        "A empresa rejeita as críticas. Uma porta-voz do grupo afirmou que “os trabalhadores foram consultados durante seis semanas”.",
        "A fábrica produz, entre outros, o refrigerante “Frescura da Serra”, cujo abastecimento não está em risco, segundo a empresa.",
    ], [
        ("A administração mudou os nossos horários sem perguntar a nenhum de nós", "a delegada sindical Carla Nunes", "denunciou"),
        ("os trabalhadores foram consultados durante seis semanas", "Uma porta-voz do grupo", "afirmou"),
    ]),
    ([
        "Rã rara descoberta num parque da cidade",
        "Uma espécie de rã que se julgava extinta na região foi encontrada num lago do parque da Fonte.",
        "«Quase deixei cair o caderno», contou a bióloga Amara Okafor, da Universidade de Coimbra, autora da descoberta.",
        "A câmara prometeu proteger o lago. «Vamos vedá-lo e manter os cães afastados», indicou um porta-voz municipal.",
    ], [
        ("Quase deixei cair o caderno", "a bióloga Amara Okafor", "contou"),
        ("Vamos vedá-lo e manter os cães afastados", "um porta-voz municipal", "indicou"),
    ]),
    ([
        "Bilhetes de autocarro aumentam 10%",
        "O preço dos bilhetes de autocarro na área metropolitana vai aumentar 10% a partir de abril, anunciou na quinta-feira a empresa de transportes.",
        "“É um imposto para quem não pode ter carro”, lamentou Joana Prates, presidente da associação de utentes.",
        "O diretor da empresa, Marcos Saraiva, defendeu o aumento. “Congelámos as tarifas durante três anos. Não podemos continuar”, afirmou.",
        "Mantém-se o chamado “desconto verde” para os passes mensais.",
    ], [
        ("É um imposto para quem não pode ter carro", "Joana Prates, presidente da associação de utentes", "lamentou"),
        ("Congelámos as tarifas durante três anos. Não podemos continuar", "Marcos Saraiva", "afirmou"),
    ]),
    ([
        "Aldeia celebra centenário da sua moradora mais velha",
        "Edite Barros, a moradora mais velha de Vila Nova do Campo, fez 100 anos no sábado rodeada de quatro gerações.",
        "O segredo? “Papas todas as manhãs e nunca discutir com os vizinhos”, disse entre risos.",
        "O padre Paulo Inácio leu uma carta da escola. “Ela ensinou metade da aldeia a ler”, recordou.",
    ], [
        ("Papas todas as manhãs e nunca discutir com os vizinhos", "Edite Barros", "disse"),
        ("Ela ensinou metade da aldeia a ler", "O padre Paulo Inácio", "recordou"),
    ]),
    ([
        "Escola proíbe telemóveis",
        "A partir de setembro, os alunos da Escola Secundária de Almada vão ter de guardar os telemóveis durante todo o dia.",
        "O diretor, Simão Claro, explicou que a decisão surge após um ano de consultas com os pais.",
        "— Os intervalos tinham ficado silenciosos. Todos olhavam para um ecrã — disse.",
        "Nem todos os alunos concordam. “E se houver uma emergência?”, perguntou Maia Lopes, de 15 anos.",
    ], [
        ("Os intervalos tinham ficado silenciosos. Todos olhavam para um ecrã", "Simão Claro", "disse"),
        ("E se houver uma emergência?", "Maia Lopes, de 15 anos", "perguntou"),
    ]),
]
